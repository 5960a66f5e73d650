using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class BracketAliasFinderTests
{
    private static List<AliasLink> Links(string body) => PipelineRun.RunUntil<BracketAliasFinder>("T", body).AliasLinks;

    [Fact]
    public void Should_Link_A_Chinese_Term_To_Its_Long_Form_And_Acronym()
    {
        var links = Links("药物不良事件(Adverse Drug Events,ADEs)的挖掘在药物警戒中至关重要");

        Assert.Contains(new AliasLink("药物不良事件", "Adverse Drug Events", BracketAliasFinder.Name), links);
        Assert.Contains(new AliasLink("药物不良事件", "ADEs", BracketAliasFinder.Name), links);
    }

    [Theory]
    [InlineData("本文提出IMU-HOI框架，利用稀疏IMU（分布在人体和物体上）联合恢复全身姿态。", "分布在人体和物体上")]
    [InlineData("结合头显手部追踪与智能手表IMU（捕捉高频运动），实现交互。", "捕捉高频运动")]
    public void Should_Not_Make_A_Name_Of_Chinese_Text_A_Known_Names_Entry_Does_Not_Hold(string body, string text)
    {
        var context = PipelineRun.RunUntil<BracketAliasFinder>("T", body);

        Assert.DoesNotContain(context.Mentions, m => m.Surface == text);
        Assert.DoesNotContain(context.AliasLinks, l => l.Second == text);
    }

    [Theory]
    [InlineData("Transformer（Vaswani et al., 2017）彻底改变了NLP。")]
    [InlineData("损失性上下文惊奇理论（Hahn, 2022）可以解释该效应。")]
    public void Should_Not_Read_A_Citation_In_Brackets_As_A_Name(string body)
    {
        Assert.Empty(Links(body));
        Assert.DoesNotContain(PipelineRun.RunUntil<BracketAliasFinder>("T", body).Mentions, m => m.Surface.Contains("Hahn", StringComparison.Ordinal) || m.Surface.Contains("et al", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SLIDERS框架通过SQL（而非拼接文本）实现可扩展的结构化推理。", "SQL")]
    [InlineData("现有TabNet（如医疗表格模型）难以处理长文档。", "TabNet")]
    public void Should_Not_Read_An_Example_Or_A_Contrast_In_Brackets_As_A_Name(string body, string term)
    {
        Assert.DoesNotContain(Links(body), l => l.First == term || l.Second == term);
    }

    [Fact]
    public void Should_Link_An_Acronym_To_Its_Chinese_Name_In_Brackets()
    {
        var links = Links("在 Transformer 模型中,RoPE(旋转位置编码)是一种绝对位置编码方法");

        Assert.Contains(links, l => l.First == "RoPE" && l.Second == "旋转位置编码");
    }

    [Theory]
    [InlineData("本文提出反思性提示调优（RPT）框架，利用LLM函数调用", "反思性提示调优", "RPT")]
    [InlineData("本文提出动态情感签名图（DESG），刻画情感变化", "动态情感签名图", "DESG")]
    [InlineData("本文提出了一种名为\"原则性智能体辩论\"（PAD）的多智能体架构", "原则性智能体辩论", "PAD")]
    [InlineData("提出名为“语义早停”（SES）的策略", "语义早停", "SES")]
    [InlineData("论文提出了一个名为“鲁班(Luban)”的代理,它采用了两级自主体现验证机制", "鲁班", "Luban")]
    public void Should_Read_A_Term_Before_Its_Bracket_Past_Clause_Openers_And_Quotes_From_Corpus_Sentences(string body, string term, string acronym)
    {
        var links = Links(body);

        Assert.Contains(new AliasLink(term, acronym, BracketAliasFinder.Name), links);
    }

    [Theory]
    [InlineData("论文提出通信推断攻击(CIA)，一种在黑盒设置下推断拓扑的方法", "通信推断攻击", "CIA")]
    [InlineData("基于此定义分析性能权衡，并提出层间汇门控（LSG）", "层间汇门控", "LSG")]
    [InlineData("作者指出现有幻觉检测基准（HDB）存在偏差", "幻觉检测基准", "HDB")]
    [InlineData("YOLOX转向anchor-free设计，配合解耦头(decoupled head)和SimOTA标签分配", "解耦头", "decoupled head")]
    [InlineData("该方法借鉴混合专家（MoE）的思想", "混合专家", "MoE")]
    [InlineData("这一设计的思路受到内在维度(intrinsic dimension)相关研究的启发", "内在维度", "intrinsic dimension")]
    public void Should_Start_A_Term_After_The_Last_Word_That_Ends_What_Comes_Before_From_Corpus_Sentences(string body, string term, string acronym)
    {
        Assert.Contains(new AliasLink(term, acronym, BracketAliasFinder.Name), Links(body));
    }

    [Theory]
    [InlineData("本文提出子空间信号路由（SSR）方法，通过子空间拼接解决参数干扰", "子空间信号路由", "SSR")]
    [InlineData("本文提出视觉证据预对齐（VEPA）方法，在预训练与后训练之间引入中间阶段", "视觉证据预对齐", "VEPA")]
    [InlineData("然后提出组对比偏好优化（GCPO），一种强化学习算法", "组对比偏好优化", "GCPO")]
    [InlineData("提出时间线对象架构（TOA），统一事件表示", "时间线对象架构", "TOA")]
    public void Should_Read_A_Term_Past_A_Boundary_Character_Inside_A_Word_From_Corpus_Sentences(string body, string term, string acronym)
    {
        Assert.Contains(new AliasLink(term, acronym, BracketAliasFinder.Name), Links(body));
    }

    [Theory]
    [InlineData("在医疗（MIMIC-IV）和情感分析基准上验证", "MIMIC-IV")]
    [InlineData("引入人物ID嵌入（person ID embedding）以区分说话人", "person ID embedding")]
    [InlineData("先利用3D基础模型（VGGT）从单目视频中估计几何", "VGGT")]
    [InlineData("采用Transformer编码器（TFE）提取特征", "TFE")]
    public void Should_Not_Gloss_A_Name_With_A_Common_Word_Or_A_Phrase_A_Latin_Word_Leads_Into_But_Keep_The_Name(string body, string name)
    {
        var state = PipelineRun.RunUntil<BracketAliasFinder>("T", body);

        Assert.DoesNotContain(state.AliasLinks, l => l.First == name || l.Second == name);
        Assert.Contains(state.Mentions, m => m.Surface == name);
    }

    [Theory]
    [InlineData("采用SwiGLU（门控）激活函数", "SwiGLU", null)]
    [InlineData("利用EEG（脑电）信号识别情绪", "EEG", "脑电")]
    public void Should_Take_A_Two_Character_Gloss_In_Brackets_Only_When_The_Lexicon_Knows_It(string body, string name, string? gloss)
    {
        var links = Links(body).Where(l => l.First == name).Select(l => l.Second);

        Assert.Equal(gloss is null ? [] : [gloss], links);
    }

    [Theory]
    [InlineData("在ALFWorld（Qwen3-8B）上取得最佳成功率", "ALFWorld", "Qwen3-8B", false)]
    [InlineData("在SlideBench(TCGA)上总体准确率73.32%", "SlideBench", "TCGA", false)]
    [InlineData("1) Progressive OPD (POPD) 逐步扩展 rollout 长度", "Progressive OPD", "POPD", true)]
    [InlineData("采用Detection Transformer (DETR)架构", "Detection Transformer", "DETR", true)]
    [InlineData("提出LoRA（Low-Rank Adaptation）的变体", "LoRA", "Low-Rank Adaptation", true)]
    public void Should_Link_Two_Latin_Names_Only_As_A_Long_Form_And_Its_Abbreviation(string body, string term, string name, bool linked)
    {
        var state = PipelineRun.RunUntil<BracketAliasFinder>("T", body);

        Assert.Equal(linked, state.AliasLinks.Exists(l => (l.First == term && l.Second == name) || (l.First == name && l.Second == term)));
        Assert.Contains(state.Mentions, m => m.Surface == name);
    }

    [Fact]
    public void Should_Still_End_A_Term_At_A_Word_Character_When_The_Longer_Run_Is_No_Term()
    {
        // 潜在 is a term word, but the run it would open (研究表达者进行潜在剖面分析) is too long for a term.
        Assert.Contains(new AliasLink("剖面分析", "LPA", BracketAliasFinder.Name), Links("研究表达者进行潜在剖面分析（LPA），发现三类人群"));
    }

    [Fact]
    public void Should_Not_Take_The_End_Of_A_Quoted_Phrase_For_A_Term_From_A_Corpus_Sentence()
    {
        Assert.DoesNotContain(Links("但目前LLMs尚不能满足成为\"实际如何的解释\"（how-actually explanations, HAEs）的条件"), l => l.First == "解释");
    }

    [Fact]
    public void Should_Read_An_Abbreviation_Introduced_By_Jiancheng()
    {
        var links = Links("我们研究状态空间模型(简称SSM)的性质");

        Assert.Contains(links, l => l.First == "状态空间模型" && l.Second == "SSM");
    }

    [Fact]
    public void Should_Not_Take_A_Lowercase_Gloss_For_A_Name()
    {
        Assert.Empty(Links("使用混合信号类脑(neuromorphic)硬件上的脉冲神经网络"));
    }

    [Fact]
    public void Should_Not_Link_A_Known_Broader_Term_To_A_Narrower_Bracketed_Name()
    {
        var links = Links("本文提出了一种基于模型的强化学习(Model-Based Reinforcement Learning,MBRL)方法");

        Assert.DoesNotContain(links, l => l.First == "强化学习");
        Assert.Contains(links, l => l.Second == "MBRL");
    }

    [Theory]
    [InlineData("作者：John Smith、Demis Hassabis（通讯作者） 摘要 本文提出WidgetNet。", "通讯作者")]
    [InlineData("作者：John Smith（共同第一作者）、Mary Jones 摘要 本文提出WidgetNet。", "共同第一作者")]
    public void Should_Not_Take_An_Authors_Role_In_A_Bracket_For_Another_Name(string body, string role)
    {
        Assert.DoesNotContain(Links(body), l => l.First == role || l.Second == role);
    }

    [Fact]
    public void Should_Link_A_Known_Acronym_To_Its_Long_Form()
    {
        Assert.Contains(Links("LLaVA（Large Language and Vision Assistant）由视觉编码器和语言模型组成。"), l => l.First == "LLaVA" && l.Second == "Large Language and Vision Assistant");
    }

    [Theory]
    [InlineData("SAM（Sharpness-Aware Minimization）是一种优化方法。", "SAM")] // the lexicon's SAM is the Segment Anything Model
    [InlineData("本文提出Object Pose Transformer (OPT)，统一未见物体的位姿估计。", "OPT")] // a new work's name, not Meta's OPT
    public void Should_Not_Link_A_Known_Acronym_To_A_Long_Form_Of_Another_Meaning_Or_A_New_Work(string body, string acronym)
    {
        Assert.DoesNotContain(Links(body), l => l.First == acronym || l.Second == acronym);
    }

    [Fact]
    public void Should_Not_Link_A_Name_To_A_Known_Name_Glossing_Its_Kind()
    {
        // From a corpus summary: the bracket says what CEVAR is built on, not another name for it.
        Assert.DoesNotContain(Links("我们提出CEVAR(Transformer)框架,用于中心线嵌入提取"), l => l.Second == "Transformer" || l.First == "Transformer");
    }

    [Fact]
    public void Should_Link_A_Long_Form_To_The_Longer_Term_A_Known_Name_Ends_When_It_Is_None_Of_The_Known_Ones()
    {
        var links = Links("TopoCap通过图条件变分自编码器（Graph CVAE）学习通用运动流形。");

        Assert.Contains(new AliasLink("图条件变分自编码器", "Graph CVAE", BracketAliasFinder.Name), links);
    }

    [Theory]
    [InlineData("提出SplAttN，用可微高斯泼溅（Differentiable Gaussian Splatting）替代硬投影。", "Differentiable Gaussian Splatting -BUILDS_ON-> Gaussian Splatting")]
    [InlineData("FooNet受到神经切线核(Neural Tangent Kernel)的启发。", "FooNet -BUILDS_ON-> NTK")]
    public void Should_Keep_The_Known_Name_A_Long_Form_Names_Or_Ends_With(string body, string expected)
    {
        Assert.Contains(expected, PipelineRun.Edges(PipelineRun.Extract("T", body)));
    }

    [Theory]
    [InlineData("受到神经切线核(NTK)概念的启发")]
    [InlineData("Position Interpolation (PI) 与 RoPE(旋转位置编码)")]
    [InlineData("嵌套(外层(内层)文字)和空括号()以及未闭合(的括号")]
    public void Should_Find_Definitions_Where_The_Whole_Text_Scan_Does(string text)
    {
        Assert.Equal(Describe(BracketAliasFinder.Definition().Matches(text)), Describe(BracketAliasFinder.Definitions(text)));
    }

    [Fact]
    public void Should_Find_Definitions_Where_The_Whole_Text_Scan_Does_In_Shared_Texts()
    {
        var count = 0;
        foreach (var body in SharedTexts.Bodies)
        {
            var expected = Describe(BracketAliasFinder.Definition().Matches(body));
            Assert.Equal(expected, Describe(BracketAliasFinder.Definitions(body)));
            count += expected.Count;
        }

        Assert.True(count > 1000, $"only {count} definitions checked");
    }

    private static List<string> Describe(IEnumerable<System.Text.RegularExpressions.Match> matches) =>
        matches.Select(m => $"{m.Index}+{m.Length}:{m.Groups["left"].Index}={m.Groups["left"].Value}|{m.Groups["inner"].Value}").ToList();

    [Fact]
    public void Should_Not_Link_The_Members_Of_A_Bracketed_List()
    {
        var context = PipelineRun.RunUntil<BracketAliasFinder>("T", "在三个指令微调模型（Llama 3.1-8B, Qwen 2.5-7B, Mistral-7B-Instruct）上进行实验。");

        Assert.Empty(context.AliasLinks);
        Assert.Contains(context.Mentions, m => m.Surface == "Qwen 2.5-7B" && m.Finder == BracketAliasFinder.Name);
    }

    [Fact]
    public void Should_Not_Link_A_Chinese_Role_To_The_Versioned_Model_That_Plays_It()
    {
        var context = PipelineRun.RunUntil<BracketAliasFinder>("T", "在MMCBNU 6000大规模基准测试中，最佳模型(ResNet50-CBAM)达到99%准确率。");

        Assert.Empty(context.AliasLinks);
        Assert.Contains(context.Mentions, m => m.Surface == "ResNet50-CBAM" && m.Finder == BracketAliasFinder.Name);
    }

    [Fact]
    public void Should_Still_Link_A_Chinese_Term_To_A_Name_That_Opens_With_Its_Digit()
    {
        var links = Links("三维高斯泼溅(3DGS)在新视角合成中表现出色。");

        Assert.Contains(new AliasLink("三维高斯泼溅", "3DGS", BracketAliasFinder.Name), links);
    }

    [Theory]
    [InlineData("为此，我们分析大型推理模型(LRM)的思维过程。", "大型推理模型")]
    [InlineData("现有过程奖励模型(PRM)依赖昂贵的步骤标注。", "过程奖励模型")]
    [InlineData("集成学习(Ensemble Learning)能提升鲁棒性。", "集成学习")]
    public void Should_Drop_A_Reporting_Verb_Or_Connective_But_Not_A_Word_That_Starts_Terms(string body, string term)
    {
        Assert.Contains(Links(body), link => link.First == term);
    }

    [Fact]
    public void Should_Not_Link_A_Latin_Word_To_The_Abbreviation_Of_The_Chinese_Led_Term_It_Heads()
    {
        var links = Links("2) 谱集成全局Mamba(SIGM)块，在状态空间中嵌入频率门控机制。");

        Assert.DoesNotContain(links, link => link.First == "Mamba" || link.Second == "Mamba");
    }

    [Theory]
    [InlineData("在高DOF（自由度）机械臂上仍保持高精度。", "DOF", "自由度")]
    [InlineData("方法 提出ReRoPE(Rectified RoPE)以外推长度。", "ReRoPE", "Rectified RoPE")]
    public void Should_Still_Link_A_Latin_Word_To_Its_Gloss_Or_To_A_Name_A_Verb_Introduces(string body, string first, string second)
    {
        Assert.Contains(new AliasLink(first, second, BracketAliasFinder.Name), Links(body));
    }

    [Theory]
    [InlineData("GPT-4o", true)]
    [InlineData("Qwen 3.5 Plus", true)]
    [InlineData("Qwen2.5-7B", true)]
    [InlineData("ResNet50-CBAM", true)]
    [InlineData("S4", false)]
    [InlineData("T5", false)]
    [InlineData("3DGS", false)]
    [InlineData("RoPE", false)]
    public void Should_Tell_A_Version_Or_Size_In_A_Name(string name, bool expected) =>
        Assert.Equal(expected, BracketAliasFinder.HasVersionDigit(name));

    [Fact]
    public void Should_Link_A_Latin_Term_To_Its_Chinese_Translation_And_Long_Form_Together()
    {
        var links = Links("本文研究RoPE(旋转位置编码, Rotary Position Embedding)的外推能力。");

        Assert.Contains(new AliasLink("RoPE", "旋转位置编码", BracketAliasFinder.Name), links);
        Assert.Contains(new AliasLink("RoPE", "Rotary Position Embedding", BracketAliasFinder.Name), links);
    }
}
