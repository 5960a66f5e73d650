namespace Digest.Extractor.Pipeline;

/// <summary>Collects stages in order and builds an immutable <see cref="ExtractionPipeline"/>.</summary>
public sealed class ExtractionPipelineBuilder
{
    /// <summary>The stages, in the order they will run; insert to change the order.</summary>
    public List<IExtractionStage> Stages { get; } = [];

    /// <summary>Appends a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    public ExtractionPipelineBuilder Use(IExtractionStage stage)
    {
        Stages.Add(stage);
        return this;
    }

    /// <summary>Freezes the stage list.</summary>
    /// <returns>The pipeline.</returns>
    public ExtractionPipeline Build() => new(Stages.ToArray());
}
