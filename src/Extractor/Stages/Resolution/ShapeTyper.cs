using System.Text.RegularExpressions;
using Digest.Extractor.Model;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>
/// Types a name that neither the lexicon nor a finder typed, from the word that follows it in
/// the text (数据集, 模型, 方法 …) and then its shape (version numbers → Model, <c>-Net</c> → Method).
/// </summary>
public static partial class ShapeTyper
{
    private static readonly (string Head, EntityType Type)[] HeadWords =
    [
        ("数据集", EntityType.Dataset), ("基准", EntityType.Dataset), ("benchmark", EntityType.Dataset), ("dataset", EntityType.Dataset),
        ("模型", EntityType.Model), ("智能体", EntityType.Model), ("代理", EntityType.Model), ("系统", EntityType.Model),
        ("方法", EntityType.Method), ("算法", EntityType.Method), ("架构", EntityType.Method), ("机制", EntityType.Method),
        ("框架", EntityType.Method), ("技术", EntityType.Method), ("技巧", EntityType.Method), ("编码", EntityType.Method),
        ("任务", EntityType.Task), ("问题", EntityType.Task),
        ("公司", EntityType.Organization), ("实验室", EntityType.Organization), ("大学", EntityType.Organization),
        ("工具", EntityType.Tool), ("库", EntityType.Tool), ("平台", EntityType.Tool), ("芯片", EntityType.Tool),
    ];

    /// <summary>Guesses a type from the text right after each mention, then from the name's shape.</summary>
    /// <param name="name">The canonical name.</param>
    /// <param name="following">The text right after each mention (a few characters each).</param>
    public static EntityType Guess(string name, IEnumerable<string> following)
    {
        var votes = following
            .Select(f => HeadWords.FirstOrDefault(h => f.TrimStart().StartsWith(h.Head, StringComparison.OrdinalIgnoreCase)))
            .Where(h => h.Head is not null)
            .GroupBy(h => h.Type)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => (EntityType?)g.Key)
            .FirstOrDefault();
        if (votes is { } voted)
        {
            return voted;
        }

        if (VersionedName().IsMatch(name))
        {
            return EntityType.Model;
        }

        return EntityType.Method;
    }

    [GeneratedRegex(@"(?:-|\s)(?:V?\d+(?:\.\d+)*[A-Za-z]?|XL|XXL|Large|Base|Small|Mini|Pro|Instruct|Chat)$|\d+(?:\.\d+)?[BM]$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionedName();
}
