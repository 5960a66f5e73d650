using System.Text.RegularExpressions;
using Digest.Extractor.Model;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// A cue pattern over a sentence whose entity mentions are markers (see
/// <see cref="RelationTemplateTable"/>): groups <c>A</c> (source) and <c>B</c> (target).
/// </summary>
/// <param name="Type">The relation it states.</param>
/// <param name="Text">The template as written in the data file.</param>
/// <param name="Pattern">The compiled pattern.</param>
/// <param name="Confidence">How directly it states the relation, 0..1.</param>
/// <param name="Line">Its line in the data file (its priority: earlier wins).</param>
public sealed record RelationTemplate(RelationType Type, string Text, Regex Pattern, double Confidence, int Line)
{
    /// <summary>The first character used as an entity marker (Unicode private use area).</summary>
    public const char FirstMarker = '\uE000';

    /// <summary>The last character usable as an entity marker.</summary>
    public const char LastMarker = '\uF8FF';

    /// <summary>
    /// The pieces every match of <see cref="Pattern"/> contains (required cue words), each as its
    /// literal alternatives, compared with the pattern's case-insensitivity; a sentence that lacks
    /// one of them is skipped, which is much cheaper than running the template.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Cues { get; init; } = [];

    /// <summary>
    /// Whether the sentence must name the source (an entity, or an anaphor standing for one) before the verb: the template has
    /// no dropped-subject form, and a self-reference (本文, 作者) is no source for it. A name framed as a setting there (在U-Net中
    /// 引入PIE) leaves the source to be found as for a dropped subject, since the sentence names where the work acts.
    /// </summary>
    public bool NamedSubject { get; init; }

    /// <summary>
    /// Whether this is the dropped-subject form of a template that needs its subject named (<see cref="NamedSubject"/>): the
    /// subject is then the name the sentence opens with, and only in a later clause (<c>VQ-VAE使用了STE，并引入了commitment loss</c>),
    /// since the sentence names it there; a clause or sentence that opens with the verb has no subject for it.
    /// </summary>
    public bool ContinuedSubject { get; init; }

    /// <summary>
    /// Whether the template itself puts its subject where work is done (<c>在最新的{A}语言模型中，{B}…被设计用来…</c>: DeepSeek-V2
    /// uses MLA), so that a setting frame there does not make the name a mere setting. Read once from the text, as written.
    /// </summary>
    public bool PlacesSubject { get; } = Text.IndexOf("{A", StringComparison.Ordinal) is > 0 and var subject && Text.AsSpan(0, subject).Contains('在');

    /// <summary>
    /// Whether a dropped subject is the whole whose part the template names by its role (<c>视觉编码器选用CLIP ViT-L/14，语言模型选用
    /// Vicuna</c>): the name the sentence opens with, else the article's main entity; never a name an earlier clause uses.
    /// </summary>
    public bool WholeSubject { get; init; }

    /// <summary>
    /// Whether the template reads the relation from a name's own phrase (<c>HuBERT-Large语音识别模型</c>, <c>序列推荐模型GRU4Rec</c>):
    /// the name is the source whatever it does in the sentence, the object of a verb (<c>使用…</c>) too. Such a template has no
    /// dropped-subject form.
    /// </summary>
    public bool Apposition { get; init; }

    /// <summary>
    /// The entity types the template's targets must have, when narrower than the relation's signature (a compute budget names
    /// hardware, <c>在8块A100上训练</c>; experiments on a model use it, <c>在RoBERTa和GPT-2上做了实验</c>, while the same frame
    /// evaluates a method on a benchmark); null for any type the signature allows.
    /// </summary>
    public IReadOnlySet<EntityType>? TargetTypes { get; init; }

    /// <summary>
    /// Where matches can start, so that <see cref="Pattern"/> need only be tried there;
    /// <see cref="TemplateStarts.Anywhere"/> scans the whole sentence.
    /// </summary>
    internal TemplateStarts Starts { get; init; } = TemplateStarts.Anywhere;

    /// <summary>Whether the character is an entity marker.</summary>
    /// <param name="c">A character of a marked sentence.</param>
    public static bool IsMarker(char c) => c is >= FirstMarker and <= LastMarker;
}
