using Digest.Extractor.Model;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// A cue word for a relation: in a sentence <c>A cue B</c>, a forward cue means
/// A → B (<c>A 基于 B</c>), a backward cue B → A (<c>A 被 B 采用</c>).
/// </summary>
/// <param name="Type">The relation it indicates.</param>
/// <param name="Text">The cue as written.</param>
/// <param name="Forward">Whether the entity before the cue is the source.</param>
/// <param name="Confidence">How directly the cue states the relation, 0..1.</param>
public sealed record RelationCue(RelationType Type, string Text, bool Forward, double Confidence);
