using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class CompoundTermFinderTests
{
    private static List<(string Surface, EntityType? Type)> Compounds(string body) =>
        PipelineRun.RunUntil<CompoundTermFinder>("T", body).Mentions
            .Where(m => m.Finder == CompoundTermFinder.Name)
            .Select(m => (m.Surface, m.TypeHint))
            .ToList();

    [Fact]
    public void Should_Join_An_Acronym_And_Its_Task_Noun_From_The_Sample()
    {
        Assert.Equal([("ADE检测", EntityType.Task)], Compounds("传统的ADE检测方法虽然可靠,但速度较慢"));
    }

    [Fact]
    public void Should_Keep_The_Space_Of_A_Spaced_Compound()
    {
        Assert.Equal([("KV 缓存", EntityType.Concept)], Compounds("在注意力机制中,KV 缓存是一个重要组件"));
    }

    [Fact]
    public void Should_Leave_Plain_Words_And_Typing_Heads_Alone()
    {
        // Twitter has one capital; 模型 only types a name (type-heads.tsv), it does not make a new term.
        Assert.Empty(Compounds("从Twitter检测了大量的推文,并使用LLM模型生成描述"));
    }

    [Fact]
    public void Should_Not_Name_A_Task_After_The_System_That_Does_It_Or_A_Stoplisted_Word()
    {
        // Corpus shapes: detection by a known model or method, state-of-the-art detectors, a metric's score. OOD检测 and
        // HOI检测 are tasks of their own: OOD and HOI are no systems.
        var found = Compounds("使用SOTA检测和OCR模型提取证据；YOLOv8检测车辆，CNN检测器，U-Net分割结果，FID评分更低；OOD检测方法与HOI检测任务。");

        Assert.Equal([("OOD检测", EntityType.Task), ("HOI检测", EntityType.Task)], found);
    }

    [Fact]
    public void Should_Not_Name_A_Task_After_A_Name_Shaped_Like_A_System_From_Corpus_Sentences()
    {
        // Not in the lexicon, but versions, sizes and camel case name systems; HiPPO矩阵 is a concept, not a task.
        var found = Compounds("采用YOLOv11检测车辆，SegFormer分割道路，CenterPoint检测三维目标，在ADE20K分割上评估；CT分割与HiPPO矩阵。");

        Assert.Equal([("CT分割", EntityType.Task), ("HiPPO矩阵", EntityType.Concept)], found);
    }
}
