using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class LexiconMentionFinderTests
{
    private static IReadOnlyList<string> Found(string body) =>
        PipelineRun.RunUntil<LexiconMentionFinder>("T", body).Mentions.Where(m => m.Finder == LexiconMentionFinder.Name).Select(m => m.Surface).ToList();

    [Fact]
    public void Should_Find_Known_Chinese_And_Latin_Names_From_The_Sample()
    {
        var found = Found("作者不仅研究了预训练LLM已经掌握的知识,还考察了它们在上下文学习或指令微调过程中如何通过信息来学习。");

        Assert.Contains("LLM", found);
        Assert.Contains("上下文学习", found);
        Assert.Contains("指令微调", found);
    }

    [Fact]
    public void Should_Prefer_The_Longest_Known_Name()
    {
        var context = PipelineRun.RunUntil<LexiconMentionFinder>("T", "在 DeepSeek-V2 中,多头潜在注意力机制压缩了缓存。");

        var mention = Assert.Single(context.Mentions, m => m.Finder == LexiconMentionFinder.Name && m.Surface.Contains("注意力", StringComparison.Ordinal));
        Assert.Equal("多头潜在注意力机制", mention.Surface);
        Assert.Equal(EntityType.Method, mention.TypeHint);
    }

    [Fact]
    public void Should_Not_Match_A_Latin_Name_Inside_A_Longer_Word()
    {
        Assert.DoesNotContain("LLM", Found("MLLMs 与 LLMOps 是不同的话题。"));
    }

    [Theory]
    [InlineData("基于Qwen3-VL和Gemma微调，结合SigLIP编码器。", "Qwen3-VL", EntityType.Model)]
    [InlineData("使用COLMAP估计相机位姿，并在Blender中渲染。", "COLMAP", EntityType.Tool)]
    [InlineData("从全切片图像（WSI）中提取补丁特征。", "全切片图像", EntityType.Concept)]
    [InlineData("利用KG中跨多模态节点的路径生成问题。", "KG", EntityType.Concept)]
    [InlineData("提出MoBaNet，一种基于冻结视觉基础模型的融合框架。", "视觉基础模型", EntityType.Concept)]
    [InlineData("针对医学图像分割中边界模糊的问题。", "医学图像分割", EntityType.Task)]
    [InlineData("将任务建模为马尔可夫决策过程。", "马尔可夫决策过程", EntityType.Concept)]
    [InlineData("通过门控交叉注意力融合两种模态。", "交叉注意力", EntityType.Method)]
    [InlineData("利用稀疏自编码器识别语义特征，提升单源域泛化性能。", "稀疏自编码器", EntityType.Method)]
    [InlineData("利用稀疏自编码器识别语义特征，提升单源域泛化性能。", "域泛化", EntityType.Task)]
    [InlineData("与随机森林和XGBoost对比。", "随机森林", EntityType.Method)]
    [InlineData("ChronoLock是首个针对文本生成视频扩散模型的保护框架。", "文本生成视频", EntityType.Task)]
    [InlineData("在Wan-2上针对T2V和I2V任务进行实验。", "I2V", EntityType.Task)]
    [InlineData("在GPQA Diamond和HLE上评估视频大语言模型。", "GPQA Diamond", EntityType.Dataset)]
    [InlineData("在GPQA Diamond和HLE上评估视频大语言模型。", "视频大语言模型", EntityType.Concept)]
    [InlineData("将表格渲染为LaTeX并存入Neo4j。", "LaTeX", EntityType.Tool)]
    [InlineData("本文在Atari游戏Pong中进行了实验，使用LIF神经元。", "Pong", EntityType.Dataset)]
    [InlineData("本文在Atari游戏Pong中进行了实验，使用LIF神经元。", "LIF", EntityType.Concept)]
    [InlineData("腾讯与清华大学提出了可解释的XAI框架。", "腾讯", EntityType.Organization)]
    [InlineData("腾讯与清华大学提出了可解释的XAI框架。", "XAI", EntityType.Concept)]
    [InlineData("在Docker容器中运行，并由Gurobi求解。", "Docker", EntityType.Tool)]
    [InlineData("将PLC扫描周期建模为循环，并用HBM和DRAM解耦快慢内存。", "PLC", EntityType.Tool)]
    [InlineData("在NLU、NLG和图像分类任务上评估。", "NLU", EntityType.Task)]
    [InlineData("设计模态感知Mamba层，并与DETR比较。", "Mamba", EntityType.Method)]
    [InlineData("利用稀疏自编码器编码层间转换。", "稀疏自编码器", EntityType.Method)]
    [InlineData("在ALFWorld和WebShop上优于强化学习基线。", "WebShop", EntityType.Dataset)]
    [InlineData("GPT-4.1通过分析观赛文本预测评分，并与Qwen3比较。", "GPT-4.1", EntityType.Model)]
    [InlineData("基于MCP和Gym构建，代码托管于GitHub。", "MCP", EntityType.Tool)]
    [InlineData("对Sentinel-2影像进行分类，并检测HOI。", "Sentinel-2", EntityType.Dataset)]
    [InlineData("对Sentinel-2影像进行分类，并检测HOI。", "HOI", EntityType.Task)]
    [InlineData("在自动作文评分（AES）与IQA任务上评估。", "自动作文评分", EntityType.Task)]
    [InlineData("采用测试时训练（TTT）和卷积KAN，并以共形预测校准。", "KAN", EntityType.Method)]
    [InlineData("采用测试时训练（TTT）和卷积KAN，并以共形预测校准。", "共形预测", EntityType.Method)]
    [InlineData("基于心智理论的社交智能模块。", "心智理论", EntityType.Concept)]
    [InlineData("在自动作文评分（AES）与IQA任务上评估。", "IQA", EntityType.Task)]
    [InlineData("将动画写成SVG代码，相比传统C++模板编译更快。", "SVG", EntityType.Tool)]
    [InlineData("将动画写成SVG代码，相比传统C++模板编译更快。", "C++", EntityType.Tool)]
    [InlineData("使用Lean4形式化证明，并在Isaac Sim中仿真。", "Lean4", EntityType.Tool)]
    [InlineData("去噪扩散概率模型（DDPM）由Ho等人提出，DDIM将其推广为非马尔可夫过程。", "去噪扩散概率模型", EntityType.Method)]
    [InlineData("去噪扩散概率模型（DDPM）由Ho等人提出，DDIM将其推广为非马尔可夫过程。", "DDIM", EntityType.Method)]
    [InlineData("Mixtral在MMLU上超过了PaLM和Llama 2。", "PaLM", EntityType.Model)]
    [InlineData("Mixtral在MMLU上超过了PaLM和Llama 2。", "Llama 2", EntityType.Model)]
    [InlineData("思维链提示（Chain-of-Thought Prompting，CoT）与思维树相比更简单。", "Chain-of-Thought Prompting", EntityType.Method)]
    [InlineData("思维链提示（Chain-of-Thought Prompting，CoT）与思维树相比更简单。", "思维树", EntityType.Method)]
    [InlineData("基于动量对比（MoCo）学习嵌入，并用DeepSpeed训练。", "动量对比", EntityType.Method)]
    [InlineData("基于动量对比（MoCo）学习嵌入，并用DeepSpeed训练。", "DeepSpeed", EntityType.Tool)]
    [InlineData("使用Lean4形式化证明，并在Isaac Sim中仿真。", "Isaac Sim", EntityType.Tool)]
    [InlineData("Facebook AI提出的RoBERTa改进了BERT的训练方式。", "Facebook AI", EntityType.Organization)]
    [InlineData("ConvNeXt出自Meta AI的论文，Transformer出自Google Brain。", "Google Brain", EntityType.Organization)]
    [InlineData("论文在SQuAD问答、SNLI文本蕴含和SST-5情感分析上都刷新了当时的最好结果。", "SNLI", EntityType.Dataset)]
    [InlineData("论文在SQuAD问答、SNLI文本蕴含和SST-5情感分析上都刷新了当时的最好结果。", "SST-5", EntityType.Dataset)]
    [InlineData("在CIFAR-100和Tiny ImageNet上，以及Objects365预训练后的LVIS上评估。", "Objects365", EntityType.Dataset)]
    [InlineData("在WikiText上测困惑度，在NYUDepth V2上测深度估计。", "WikiText", EntityType.Dataset)]
    [InlineData("在WikiText上测困惑度，在NYUDepth V2上测深度估计。", "NYUDepth V2", EntityType.Dataset)]
    [InlineData("模型用NASA和ECMWF的再分析数据训练，基于PyTorch Geometric实现。", "ECMWF", EntityType.Organization)]
    [InlineData("模型用NASA和ECMWF的再分析数据训练，基于PyTorch Geometric实现。", "PyTorch Geometric", EntityType.Tool)]
    [InlineData("训练时使用混合精度训练和梯度裁剪，并在代码补全和边缘检测上评估。", "梯度裁剪", EntityType.Method)]
    [InlineData("训练时使用混合精度训练和梯度裁剪，并在代码补全和边缘检测上评估。", "代码补全", EntityType.Task)]
    [InlineData("解码时用核采样（nucleus sampling）代替拒绝采样。", "核采样", EntityType.Method)]
    [InlineData("训练时，DETR用匈牙利算法在预测集合和真值集合之间做二分图匹配。", "匈牙利算法", EntityType.Method)]
    [InlineData("论文在共指消解、词义消歧和语义角色标注上都刷新了最好结果。", "共指消解", EntityType.Task)]
    [InlineData("GAT不需要预先知道整张图的结构，因此天然适用于归纳学习。", "归纳学习", EntityType.Concept)]
    public void Should_Type_Names_The_Field_Has_Settled_From_Corpus_Summaries(string body, string surface, EntityType type)
    {
        var context = PipelineRun.RunUntil<LexiconMentionFinder>("T", body);

        var mention = Assert.Single(context.Mentions, m => m.Finder == LexiconMentionFinder.Name && m.Surface == surface);
        Assert.Equal(type, mention.TypeHint);
    }

    [Fact]
    public void Should_Not_Cut_A_Model_Named_After_An_Architecture_Class()
    {
        Assert.Equal(["RNN", "LSTM"], Found("Kyunghyun Cho等人提出的RNN Encoder-Decoder和Seq2Seq都使用LSTM。"));
    }
}
