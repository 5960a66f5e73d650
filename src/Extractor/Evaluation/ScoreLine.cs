namespace Digest.Extractor.Evaluation;

/// <summary>Precision, recall and F1 of one kind of prediction.</summary>
/// <param name="Gold">How many gold items there are.</param>
/// <param name="Predicted">How many items were predicted.</param>
/// <param name="Precision">Matched predictions over all predictions.</param>
/// <param name="Recall">Found gold items over all gold items.</param>
public sealed record ScoreLine(int Gold, int Predicted, double Precision, double Recall)
{
    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    /// <summary>Builds a line from counts (score.py's <c>prf</c>).</summary>
    /// <param name="matchedPredicted">Predictions that match some gold item.</param>
    /// <param name="predicted">All predictions.</param>
    /// <param name="foundGold">Gold items some prediction matches.</param>
    /// <param name="gold">All gold items.</param>
    public static ScoreLine From(int matchedPredicted, int predicted, int foundGold, int gold) =>
        new(gold, predicted, predicted > 0 ? (double)matchedPredicted / predicted : 0, gold > 0 ? (double)foundGold / gold : 0);
}
