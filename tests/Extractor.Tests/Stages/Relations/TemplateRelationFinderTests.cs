using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class TemplateRelationFinderTests
{
    private const string SummaryTitle = "Unlocking the Working Memory of Large Language Models";

    private static IReadOnlyList<string> Edges(string body, string title = "T") => PipelineRun.Edges(PipelineRun.Extract(title, body));

    [Fact]
    public void Should_Read_A_Part_Whole_Cue_From_The_Sample()
    {
        Assert.Contains("Skip Connection -PART_OF-> U-Net", Edges("U-Net的核心是Skip Connection,即在逐层下采样和上采样的过程中添加了额外的连接。"));
    }

    [Theory]
    [InlineData("GShard出自Google的论文，其核心是Top-2 Gating。", "Top-2 Gating -PART_OF-> GShard")]
    [InlineData("FooNet由BarBlock和BazBlock两个子模块组成。", "BazBlock -PART_OF-> FooNet")]
    [InlineData("FooNet的两个核心组件是BarBlock和BazBlock。", "BazBlock -PART_OF-> FooNet")]
    [InlineData("FooNet的关键是BarBlock：每一层都与输入做一次显式交叉。", "BarBlock -PART_OF-> FooNet")]
    [InlineData("FooNet的核心结构是扩张因果卷积(dilated causal convolution)。", "dilated causal convolution -PART_OF-> FooNet")]
    public void Should_Read_A_Core_Named_Without_的_And_Counted_Sub_Modules_As_Parts(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Read_A_Model_Named_As_A_Core_Component_As_One_The_Whole_Uses()
    {
        var edges = Edges("FooNet的两个核心组件是CLIP和BarBlock。");

        Assert.Contains("FooNet -USES-> CLIP", edges);
        Assert.Contains("BarBlock -PART_OF-> FooNet", edges);
    }

    [Fact]
    public void Should_Point_An_Inspiration_Cue_From_The_New_Method_To_Its_Source()
    {
        var edges = Edges("作者 Siyuan Guo 摘要 受到神经切线核(NTK)概念的启发,作者提出了一种名为NTKEval的方法。", "学习超越模式匹配");

        Assert.Contains("NTKEval -BUILDS_ON-> NTK", edges);
        Assert.Contains("学习超越模式匹配 -INTRODUCES-> NTKEval", edges);
        Assert.DoesNotContain("NTK -BUILDS_ON-> NTKEval", edges);
    }

    [Fact]
    public void Should_Read_A_Variant_Named_After_Its_Origin()
    {
        Assert.Contains("Mamba -BUILDS_ON-> SSM", Edges("SSM(State Space Model)的概念由来已久,而SSM最新的变体大概是去年的Mamba。"));
    }

    [Theory]
    [InlineData("本文提出双分支复原网络，并引入DINOv3提供层次化结构先验。", "DINOv3", false)]
    [InlineData("提出一种为SAM生成多模态提示的框架，用于伪装目标检测。", "SAM", false)]
    [InlineData("本文提出了ATLAS方法，通过音频引导预融合调节应对灾难性遗忘。", "ATLAS", true)]
    [InlineData("本文介绍了phi-1，一个面向代码生成的新型大语言模型。", "Phi-1", true)]
    [InlineData("OpenAI提出了GPT-3，一个拥有1750亿参数的语言模型。", "GPT-3", true)]
    [InlineData("本文提出了ATLAS方法。它很有效。实验表明，我们推出了GPT-3的新用法。", "GPT-3", false)]
    [InlineData("本文提出了ATLAS方法。它很有效。最后，我们推出了GPT-3。", "GPT-3", false)]
    public void Should_Not_Read_A_Known_Model_As_Proposed_Unless_The_Article_Names_Its_Own_Work_So(string summary, string model, bool introduced)
    {
        var edges = Edges("作者 A Bo 摘要 " + summary, "Continual Audio-Visual Segmentation");

        Assert.Equal(introduced, edges.Any(e => e.EndsWith("-INTRODUCES-> " + model, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("在MBPP上,phi-1达到55.5%,比StarCoder的52.7%高2.8个点,也高于WizardCoder(16B)的51.8%。", "Phi-1 -COMPARED_WITH-> WizardCoder", "StarCoder -COMPARED_WITH-> WizardCoder")]
    [InlineData("在HotpotQA上，GDP-RAG准确率达60.63%，比PAR-RAG低22%，比KnowTrace低68%。", "GDP-RAG -COMPARED_WITH-> KnowTrace", "PAR-RAG -COMPARED_WITH-> KnowTrace")]
    public void Should_Not_Take_What_A_Comparison_Measures_Against_As_The_Subject_A_Later_Clause_Drops(string body, string expected, string wrong)
    {
        var edges = Edges(body);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(wrong, edges);
    }

    [Theory]
    [InlineData("Whisper是一个语音识别模型。在LibriSpeech test-clean上，Whisper Large的零样本词错误率（WER）为2.7%。", "Whisper Large -EVALUATED_ON-> LibriSpeech")]
    [InlineData("DART是一个检测器。在COCO val2017上，DART达到55.8 AP。", "DART -EVALUATED_ON-> COCO")]
    public void Should_Read_A_Benchmark_Narrowed_To_Its_Split_As_Where_A_Model_Was_Tested(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("在多语言语音识别的FLEURS基准和语音翻译的CoVoST2基准上，Whisper在零样本设置下同样取得了有竞争力的结果。", "Whisper -EVALUATED_ON-> FLEURS")]
    [InlineData("在多语言语音识别的FLEURS基准和语音翻译的CoVoST2基准上，Whisper在零样本设置下同样取得了有竞争力的结果。", "Whisper -EVALUATED_ON-> CoVoST 2")]
    [InlineData("在多语言语音识别的FLEURS基准和语音翻译的CoVoST2基准上，Whisper在零样本设置下同样取得了有竞争力的结果。", "Whisper -EVALUATED_ON-> 语音识别")]
    [InlineData("在两个MIMIC-IV的EHR问答基准上，HypEHR以远少于LLM方法的参数达到了接近的性能水平。", "HypEHR -EVALUATED_ON-> MIMIC-IV")]
    public void Should_Read_Each_Benchmark_Of_A_Setting_With_The_Task_Named_Before_It(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("SPT弥合了超像素模型与Transformer之间的差距，为跨域泛化开辟了道路。", "SPT -COMPARED_WITH-> Transformer")]
    [InlineData("FutureCAD有效弥合了参数化建模与BRep合成之间的差距。", "FutureCAD -COMPARED_WITH-> BRep")]
    public void Should_Not_Read_A_Gap_A_Work_Bridges_As_A_Comparison(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, Edges(body));
    }

    [Fact]
    public void Should_Continue_In_A_Blog_A_Sentence_Without_A_Work_With_The_Work_A_Sentence_Just_Before_Opened_With()
    {
        const string Body = "近日，Google DeepMind 的 Danijar Hafner 等人发表在 Nature 上的 DreamerV3 论文引发了强化学习社区的广泛关注。"
            + "DreamerV3 最早由论文《Mastering Diverse Domains through World Models》提出。据论文介绍，DreamerV3 是一种基于世界模型的强化学习算法。"
            + "团队在 Atari、ProcGen、DMLab 等领域的 150 多个任务上进行了测试，全部使用同一套固定的超参数。";

        Assert.Contains("DreamerV3 -EVALUATED_ON-> ProcGen", Edges(Body, "DreamerV3登上Nature：一套超参数通吃150多个任务"));
    }

    [Fact]
    public void Should_Not_Continue_A_Work_Of_A_Sentence_Before_When_The_Sentence_Names_One_Before_Its_Cue()
    {
        const string Body = "DeepSeek-R1-Zero只用GRPO做大规模强化学习。正式版DeepSeek-R1在R1-Zero的基础上加入了少量冷启动数据,最终在MATH-500上达到97.3%。";

        Assert.DoesNotContain("DeepSeek-R1-Zero -EVALUATED_ON-> MATH-500", Edges(Body, "从R1-Zero到R1：推理模型的训练路线"));
    }

    [Theory]
    [InlineData("在WikiText2、PTB和C4的困惑度上,SparseQ明显优于逐层剪枝。", "SparseQ -EVALUATED_ON-> C4")]
    [InlineData("在ImageNet的准确率上，DART超过了同等规模的ResNet。", "DART -EVALUATED_ON-> ImageNet")]
    public void Should_Read_A_Benchmark_With_The_Measure_Read_On_It_As_Where_The_Next_Clauses_Name_Was_Tested(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("经过GRPO训练的DeepSeekMath-RL 7B在MATH基准上取得了51.7%的准确率。", "DeepSeekMath-RL 7B -USES-> GRPO")]
    [InlineData("该流水线采用LoRA微调的Qwen2.5-7B生成叙事。", "Qwen2.5-7B -USES-> LoRA")]
    [InlineData("RAG把DPR的问题编码器当作检索器，用BART-large作为生成器。", "RAG -USES-> DPR")]
    public void Should_Read_What_A_Work_Is_Trained_With_Or_Takes_As_A_Part_As_What_It_Uses(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("Lewis 等人的《Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks》提出了 RAG，把 DPR 作为检索器、BART 作为生成器。", "RAG -USES-> DPR")]
    [InlineData("Lewis 等人的《Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks》提出了 RAG，把 DPR 作为检索器、BART 作为生成器。", "RAG -USES-> BART")]
    [InlineData("采用U-Net风格的编解码框架，以ConvNeXt作为主干编码器。", "ConvNeXt-FD -USES-> ConvNeXt", "ConvNeXt-FD: Feature Decoupling for Segmentation")]
    [InlineData("本文提出LongLoRA。实验使用Llama 2系列作为基座模型，以RedPajama作为训练数据。", "LongLoRA -USES-> Llama 2")]
    [InlineData("本文提出LongLoRA。实验使用Llama 2系列作为基座模型，以RedPajama作为训练数据。", "LongLoRA -USES-> RedPajama")]
    [InlineData("提出CoTR方法，训练阶段使用GRPO促进时序推理。", "CoTR -USES-> GRPO")]
    public void Should_Read_What_A_Work_Takes_In_A_Role_Or_Its_Experiments_Use_As_What_It_Uses(string body, string expected, string title = "T")
    {
        Assert.Contains(expected, Edges(body, title));
    }

    [Theory]
    [InlineData("本文提出FooNet。FooNet以GPT-4o作为基线模型进行对比。", "FooNet -USES-> GPT-4o")]
    [InlineData("本文提出FooNet。训练基于FLUX的风格迁移模型。", "FooNet -BUILDS_ON-> FLUX")]
    [InlineData("提出MCD基准。评估基于嵌入的模型和视觉语言模型在对应发现任务上的表现。", "MCD -BUILDS_ON-> VLM")]
    [InlineData("SAIL提出了一种弱监督密集视频描述方法，通过跨模态对齐构建语义感知掩码，并利用LLM生成合成字幕解决稀疏标注问题，在ActivityNet Captions和YouCook2数据集上取得SOTA性能。", "弱监督密集视频描述 -EVALUATED_ON-> YouCook2")]
    public void Should_Not_Read_A_Baseline_As_A_Role_A_Bare_Verb_As_The_Stage_Of_A_Work_Nor_A_Proposed_Part_As_The_Subject(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, Edges(body));
    }

    [Theory]
    [InlineData("ViT出现之后，复旦大学的Sixiao Zheng等人提出SETR，直接把图像切成patch送入纯Transformer编码器，在ADE20K上取得了领先结果。", "SETR -EVALUATED_ON-> ADE20K", "ViT -EVALUATED_ON-> ADE20K")]
    [InlineData("随后，Enze Xie等人提出SegFormer，不需要位置编码，在ADE20K和Cityscapes上兼顾了精度与效率。", "SegFormer -EVALUATED_ON-> Cityscapes", "Enze Xie -EVALUATED_ON-> Cityscapes")]
    [InlineData("2018年Jonathan Shen等人推出Tacotron 2，并用一个修改过的WaveNet作为声码器。", "Tacotron 2 -USES-> WaveNet", "Jonathan Shen -USES-> WaveNet")]
    public void Should_Take_What_People_Propose_As_The_Subject_Later_Clauses_Drop(string body, string expected, string wrong)
    {
        var edges = Edges(body);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(wrong, edges);
    }

    [Theory]
    [InlineData("2023年7月，Meta发布了Llama 2，并采用了分组查询注意力(GQA)。", "Llama 2 -USES-> GQA")]
    [InlineData("Google提出Tacotron 2，并用一个修改过的WaveNet作为声码器。", "Tacotron 2 -USES-> WaveNet")]
    public void Should_Take_What_A_Lab_Releases_As_The_Subject_Later_Clauses_Drop(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("DeepLab v1引入空洞卷积（Atrous Convolution），在不降低分辨率的前提下扩大感受野。", "DeepLab v1 -USES-> Atrous Convolution")]
    [InlineData("GAT 引入了注意力机制。", "GAT -USES-> Attention")]
    [InlineData("LSENet在U-Net中加入补丁信息增强（PIE）模块。", "LSENet -USES-> PIE")]
    [InlineData("DeepLab v2提出空洞空间金字塔池化（ASPP），用多个不同膨胀率的并行分支捕获多尺度信息。", "DeepLab v2 -USES-> ASPP")]
    public void Should_Read_What_A_Named_Work_Brings_In_As_A_Part_It_Uses(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("本文提出FooNet。3. 引入BarBench数据集，包含一万个样本。", "FooNet -USES-> BarBench")]
    [InlineData("本文提出FooNet。作者还引入了BarBench基准。", "FooNet -USES-> BarBench")]
    [InlineData("SDBN是一个将对抗训练引入参数高效微调（PEFT）的统一框架。", "SDBN -USES-> PEFT")]
    [InlineData("FooNet在新引入的BarBench上达到22.6 AP。", "FooNet -USES-> BarBench")]
    [InlineData("GUI-AC通过接地确定性的引入有效缓解了RFT的不稳定性。", "GUI-AC -USES-> RFT")]
    [InlineData("DualSplat提出Failure-to-Prior框架，引导第二次干净重建。", "DualSplat -USES-> Failure-to-Prior")]
    [InlineData("本文提出CircuitProbe。CircuitProbe实现了快速、准确的推理电路定位，为小语言模型（SLM）提供实用的扩展技术。", "CircuitProbe -BUILDS_ON-> SLM")]
    [InlineData("本文提出AdapterX。作者在Transformer的每一层中插入两个AdapterX模块。", "AdapterX -BUILDS_ON-> Transformer")]
    [InlineData("本文提出SkipNet。在nuScenes上，SkipNet实现了3.2倍的推理加速。", "SkipNet -APPLIED_TO-> 推理加速")]
    [InlineData("本文提出GridFlow框架。基于该框架训练的模型GridNet-8B实现了最先进的性能。", "GridNet-8B -BUILDS_ON-> GridFlow")]
    public void Should_Not_Read_What_The_Article_Adds_A_Field_A_Work_Is_Brought_Into_Or_A_Noun_As_Used(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, Edges(body));
    }

    [Fact]
    public void Should_Read_A_Work_Seen_In_Essence_As_An_Improved_Version_Of_Another_For_A_Purpose()
    {
        var edges = Edges("清华团队的P-Tuning v2又把深层prompt推广到各种规模的模型和NLU任务上,本质上可以看作Prefix-Tuning面向理解任务的一个改进版本。");

        Assert.Contains("P-Tuning v2 -BUILDS_ON-> Prefix Tuning", edges);
    }

    [Theory]
    [InlineData("ViT(Vision Transformer)出自Google Research的Alexey Dosovitskiy等人的论文《An Image is Worth 16x16 Words》。", "An Image is Worth 16x16 Words -INTRODUCES-> ViT")]
    [InlineData("Mathilde Caron等人发表了《Emerging Properties in Self-Supervised Vision Transformers》，提出DINO（self-distillation with no labels）。", "Emerging Properties in Self-Supervised Vision Transformers -INTRODUCES-> DINO")]
    [InlineData("2019年底，Kaiming He和Ross Girshick发表了《Momentum Contrast for Unsupervised Visual Representation Learning》，即MoCo。", "Momentum Contrast for Unsupervised Visual Representation Learning -INTRODUCES-> MoCo")]
    [InlineData("《Dense Passage Retrieval for Open-Domain Question Answering》（DPR）用两个独立的 BERT 编码器分别编码问题和段落。", "Dense Passage Retrieval for Open-Domain Question Answering -INTRODUCES-> DPR")]
    [InlineData("Lianmin Zheng等人发表了《Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena》。该论文同时推出了MT-Bench基准和众包对战平台Chatbot Arena。", "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena -INTRODUCES-> Chatbot Arena")]
    public void Should_Read_What_A_Paper_A_Blog_Retells_Introduces(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Not_Take_A_Blogs_Own_Self_Reference_For_The_Paper_It_Retells()
    {
        var edges = Edges("Lianmin Zheng等人发表了《Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena》。本文介绍了FooBench基准。");

        Assert.DoesNotContain("Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena -INTRODUCES-> FooBench", edges);
    }

    [Theory]
    [InlineData("Alpaca对Meta发布的LLaMA 7B进行有监督微调。", "Alpaca -BUILDS_ON-> LLaMA-7B")]
    [InlineData("Meta后来将DINO扩展为DINOv2。", "DINOv2 -BUILDS_ON-> DINO")]
    [InlineData("此后，Hyung Won Chung等人在FLAN的基础上把任务数扩展到1836个，推出了Flan-T5和Flan-PaLM。", "Flan-PaLM -BUILDS_ON-> FLAN")]
    [InlineData("随后，Xinlei Chen等人把MLP投影头和更强的数据增强移植到MoCo中，得到了MoCo v2。", "MoCo v2 -BUILDS_ON-> MoCo")]
    [InlineData("DINO同样采用学生-教师结构，与BYOL一脉相承。", "DINO -BUILDS_ON-> BYOL")]
    public void Should_Read_What_A_Work_Was_Tuned_Extended_Or_Made_From_As_What_It_Builds_On(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Read_A_Dataset_A_Work_Is_Tuned_On_As_Used_Not_Built_On()
    {
        var edges = Edges("FooNet在Alpaca-52K数据集上进行微调。");

        Assert.DoesNotContain(edges, e => e.Contains("-BUILDS_ON->", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Robust Speech Recognition via Large-Scale Weak Supervision -INTRODUCES-> Whisper")]
    [InlineData("Whisper -EVALUATED_ON-> CHiME-6")]
    public void Should_Read_A_Summarys_Model_Trained_Out_And_Tested_Where_A_Clause_Names_It_After_A_Baseline(string expected)
    {
        var edges = PipelineRun.Edges(PipelineRun.Extract(
            "基于大规模弱监督的鲁棒语音识别",
            "作者 Alec Radford, Jong Wook Kim, Tao Xu 摘要 本文《Robust Speech Recognition via Large-Scale Weak Supervision》研究了一个朴素的问题。作者收集了68万小时的弱监督数据，训练出一组名为Whisper的模型。 实验 在LibriSpeech test-clean上，最大的Whisper模型与在LibriSpeech上有监督训练的wav2vec 2.0模型WER相近（约2.7%），但在Common Voice、TED-LIUM 3、CHiME-6等其他英语语音识别数据集上，Whisper的相对错误率平均降低了55.2%。"));

        Assert.Contains(expected, edges);
        Assert.DoesNotContain("wav2vec 2.0 -EVALUATED_ON-> CHiME-6", edges);
    }

    [Theory]
    [InlineData("RoBERTa沿用了BPE。", "RoBERTa -USES-> BPE")]
    [InlineData("VoiceFlow沿用了Glow-TTS的MAS来学习对齐。", "VoiceFlow -USES-> MAS")]
    [InlineData("FooLM-3沿用了FooLM-2中的MLA和DeepSeekMoE架构。", "FooLM-3 -USES-> DeepSeekMoE")]
    [InlineData("NASNet的控制器改用PPO训练。", "NASNet -USES-> PPO")]
    [InlineData("SimCLR需要很大的batch，并配合LARS优化器训练。", "SimCLR -USES-> LARS")]
    [InlineData("FooNet凭借RoPE实现了长度外推。", "FooNet -USES-> RoPE")]
    [InlineData("unCLIP使用一个预先训练好且参数冻结的CLIP模型来提供图像嵌入。", "unCLIP -USES-> CLIP")]
    [InlineData("本文提出NPLB。在BGVP数据集上评估五种目标检测模型，选用最优的YOLOv12进行微调。", "NPLB -USES-> YOLOv12")]
    public void Should_Read_What_A_Work_Keeps_Using_Or_Switches_To_As_What_It_Uses(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Let_A_Summary_Whose_Title_Names_A_Settled_Technique_Introduce_It_As_Its_Own_Paper()
    {
        var edges = Edges(
            "作者 Jason Wei, Xuezhi Wang 摘要 本文研究了如何提升推理能力。作者提出了思维链提示(chain-of-thought prompting)方法:在示例中给出推理过程。该方法在算术推理和符号推理两类任务上都带来了显著提升。",
            "思维链提示激发大语言模型的推理能力");

        Assert.Contains("思维链提示激发大语言模型的推理能力 -INTRODUCES-> CoT", edges);
        Assert.Contains("CoT -EVALUATED_ON-> 符号推理", edges);
    }

    [Theory]
    [InlineData("FooSwin Transformer：一种层次化视觉骨干", "作者 Ada Lovelace, Alan Turing 摘要 本文研究视觉骨干。作者提出了Transformer，用于图像分类。", "Transformer")]
    [InlineData("一种新的推理提示方法", "作者 Ada Lovelace, Alan Turing 摘要 作者提出了思维链提示方法。", "CoT")]
    public void Should_Not_Let_A_Summary_Introduce_A_Settled_Technique_Its_Title_Does_Not_Name_On_Its_Own(string title, string body, string technique)
    {
        Assert.DoesNotContain(Edges(body, title), e => e.EndsWith("-INTRODUCES-> " + technique, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("FooNet把GSM8K准确率从56.5%提高至74.4%。", "FooNet -EVALUATED_ON-> GSM8K")]
    [InlineData("FooNet在训练后，SOP-Bench从80%提升至95%。", "FooNet -EVALUATED_ON-> SOP-Bench")]
    [InlineData("FooGRPO将GenEval从66.93提升至73.62。", "FooGRPO -EVALUATED_ON-> GenEval")]
    public void Should_Read_A_Benchmarks_Score_Going_From_One_Figure_To_Another_As_An_Evaluation(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Not_Read_A_Task_Acronym_Whose_Figure_Changes_As_A_Task_Evaluated_On()
    {
        Assert.DoesNotContain(Edges("FooGuard将ASR从38.3%降至15.0%。"), e => e.Contains("-EVALUATED_ON->", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("VQ-VAE使用了STE来传递梯度，并额外引入了commitment loss。", "VQ-VAE -USES-> commitment loss")]
    [InlineData("FooNet很轻量，同时引入了SwiGLU。", "FooNet -USES-> SwiGLU")]
    [InlineData("FooNet是一种检测框架，设计了BarBlock来融合特征。", "FooNet -USES-> BarBlock")]
    public void Should_Read_What_A_Later_Clause_Brings_In_As_Used_By_The_Name_The_Sentence_Opens_With(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("在COCO上，FooNet表现很好，并引入了SwiGLU。", "COCO -USES-> SwiGLU")]
    [InlineData("FooNet是一种姿态估计框架，并引入了FooPose新数据集。", "FooNet -USES-> FooPose")]
    [InlineData("FooNet是一种姿态估计框架，并提出了FooBench新基准。", "FooNet -USES-> FooBench")]
    public void Should_Not_Read_A_Setting_Or_A_Dataset_A_Work_Brings_In_As_What_It_Uses(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, Edges(body));
    }

    [Theory]
    [InlineData("引入用于GRPO训练的Hallucination Penalty。", "Hallucination Penalty -USES-> GRPO")]
    [InlineData("采用先前在MedCorpus训练的cGAN模型。", "cGAN -USES-> MedCorpus")]
    public void Should_Not_Read_What_A_Work_Is_For_Or_Where_It_Was_Trained_As_What_It_Was_Trained_With(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, Edges(body));
    }

    [Fact]
    public void Should_Read_List_Members_A_Quantifier_Opens_After_A_Conjunction_But_Not_After_A_Comma()
    {
        var parts = Edges("FooRetrieval由一个Knowledge Retriever和一个Knowledge Encoder组成。");
        Assert.Contains("Knowledge Retriever -PART_OF-> FooRetrieval", parts);
        Assert.Contains("Knowledge Encoder -PART_OF-> FooRetrieval", parts);

        var described = Edges("作者 Ann Bo 摘要 本文提出TAPS，一种目标感知前缀选择（target-aware prefix selection）方法。", "Selecting Prefixes for Speculative Decoding");
        Assert.Contains(described, e => e.EndsWith("-INTRODUCES-> TAPS", StringComparison.Ordinal));
        Assert.DoesNotContain(described, e => e.EndsWith("-INTRODUCES-> target-aware prefix selection", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("本文提出了VALL-E，一种用于文本到语音合成(TTS)的语言建模方法。", "VALL-E -APPLIED_TO-> 语音合成")]
    [InlineData("本文提出CylindTrack，一种面向全景多目标跟踪的深度感知跟踪框架。", "CylindTrack -APPLIED_TO-> 多目标跟踪")]
    public void Should_Read_What_An_Appositive_Says_A_Work_Is_For(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("DeepSeek-R1-Zero直接以DeepSeek-V3-Base为起点，只用GRPO做大规模强化学习。", "DeepSeek-R1-Zero -BUILDS_ON-> DeepSeek-V3-Base")]
    [InlineData("Qwen2-VL是对此前Qwen-VL的全面升级。", "Qwen2-VL -BUILDS_ON-> Qwen-VL")]
    public void Should_Read_What_A_Work_Starts_From_Or_Upgrades_As_What_It_Builds_On(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("与Transformer不同，Mamba不依赖注意力机制。", "Mamba -COMPARED_WITH-> Transformer")]
    [InlineData("DeepSeekMath-RL 7B在MATH基准上取得了51.7%的准确率，接近Gemini-Ultra和GPT-4。", "DeepSeekMath-RL 7B -COMPARED_WITH-> GPT-4")]
    [InlineData("4层的TinyBERT在GLUE上达到了教师96.8%的性能,模型小7.5倍,并且明显优于同等规模的DistilBERT。", "TinyBERT -COMPARED_WITH-> DistilBERT")]
    [InlineData("FooAttn-3的FP16版本比FooAttn-2快1.5～2.0倍。", "FooAttn-3 -COMPARED_WITH-> FooAttn-2")]
    [InlineData("FooBERT的参数量比BERT减少了40%。", "FooBERT -COMPARED_WITH-> BERT")]
    [InlineData("FooLIP与CLIP、ALIGN的区别只在于把softmax换成了sigmoid。", "FooLIP -COMPARED_WITH-> ALIGN")]
    [InlineData("FooLlama的MMLU得分接近GPT-3.5。", "FooLlama -COMPARED_WITH-> GPT-3.5")]
    [InlineData("Guanaco在Vicuna基准上达到了ChatGPT表现的99.3%。", "Guanaco -COMPARED_WITH-> ChatGPT")]
    public void Should_Compare_A_Work_With_What_It_Differs_From_Comes_Close_To_Or_Clearly_Beats(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("论文声称 7.5B 参数的 RETRO 在 Pile 上可以与参数量大 25 倍的 GPT-3 相当。", "RETRO -COMPARED_WITH-> GPT-3")]
    [InlineData("在2B规模上DeepSeekMoE的效果与专家参数和计算量都多出一半的GShard相当。", "DeepSeekMoE -COMPARED_WITH-> GShard")]
    [InlineData("GPT-3在TriviaQA上的few-shot准确率达到71.2%，超过同样闭卷设置下微调的T5模型。", "GPT-3 -COMPARED_WITH-> T5")]
    [InlineData("在LLaMA系列模型的常识推理任务上，DoRA在相同可训练参数量下稳定优于LoRA。", "DoRA -COMPARED_WITH-> LoRA")]
    [InlineData("ALIGN在ImageNet零样本分类上达到76.4%,略高于CLIP。", "ALIGN -COMPARED_WITH-> CLIP")]
    [InlineData("结果表明,DINOv2的冻结特征在大多数图像级和像素级基准上都超过了目前最好的弱监督模型OpenCLIP。", "DINOv2 -COMPARED_WITH-> OpenCLIP")]
    public void Should_Compare_With_A_Described_Name_Under_A_Condition_Or_Slightly(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Not_Compare_A_Work_With_The_Basis_Of_The_Methods_It_Beats()
    {
        var edges = Edges("本文提出LISTA-Transformer。在CWRU数据集上，故障识别率达到98.5%，且优于现有的基于Transformer的方法。");

        Assert.DoesNotContain("LISTA-Transformer -COMPARED_WITH-> Transformer", edges);
    }

    [Theory]
    [InlineData("后续的PC-DARTS、P-DARTS和Fair DARTS都是在DARTS基础上的改进。", "PC-DARTS -BUILDS_ON-> DARTS")]
    [InlineData("后续的PC-DARTS、P-DARTS和Fair DARTS都是在DARTS基础上的改进。", "Fair DARTS -BUILDS_ON-> DARTS")]
    [InlineData("提出YOCO++，在YOCO基础上引入加权残差连接，增加模型容量。", "YOCO++ -BUILDS_ON-> YOCO")]
    [InlineData("SASRec受到Transformer在机器翻译中成功的启发，用自注意力建模用户行为序列。", "SASRec -BUILDS_ON-> Transformer")]
    [InlineData("NVIDIA的WaveGlow受Glow和WaveNet启发，用单个基于流的网络生成波形。", "WaveGlow -BUILDS_ON-> Glow")]
    [InlineData("大语言模型(LLM)发展迅速,代表模型有GPT-4、Claude和Gemini。", "Claude -IS_A-> LLM")]
    public void Should_Read_Improvements_Made_On_A_Work_What_Inspired_It_And_The_Representatives_Of_A_Class(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("本文提出DiffGF，一种无需参考影像的扩散模型框架，用于修复缺失影像。", "DiffGF -IS_A-> 扩散模型")]
    [InlineData("DiffGF是由我们设计的一种扩散模型方法。", "DiffGF -IS_A-> 扩散模型")]
    public void Should_Read_A_Class_Before_A_Head_Word_As_What_A_Work_Is(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("本文提出DeepSeek-Coder。评测覆盖HumanEval、MBPP、DS-1000以及多语言版HumanEval。", "DeepSeek-Coder -EVALUATED_ON-> DS-1000")]
    [InlineData("本文提出FooNet。FooNet在ImageNet上取得最佳结果，迁移到CIFAR-100、Flowers等数据集上同样表现出色。", "FooNet -EVALUATED_ON-> Flowers")]
    public void Should_Read_What_An_Evaluation_Covers_And_The_Benchmarks_A_Work_Is_Carried_Over_To(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("本文提出了一种基于软件测试覆盖思想的文本到SQL框架PEXA，通过并行执行原子SQL测试用例来确保语义覆盖。", "PEXA -EVALUATED_ON-> Text-to-SQL")]
    [InlineData("通过保持密集的视觉-文本对应，SimVA有效将CLIP迁移到视频动作识别任务中。", "SimVA -EVALUATED_ON-> 动作识别")]
    public void Should_Not_Read_Coverage_Inside_A_Phrase_Or_A_Task_A_Work_Is_Carried_Over_To_As_An_Evaluation(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, Edges(body));
    }

    [Theory]
    [InlineData("DPR采用双编码器结构。在TriviaQA、WebQuestions和CuratedTREC上，DPR同样大幅领先BM25。", "DPR -EVALUATED_ON-> CuratedTREC")]
    [InlineData("7.5B参数的RETRO在Pile上的表现与GPT-3相当。", "RETRO -EVALUATED_ON-> The Pile")]
    [InlineData("MiniLM是一种蒸馏方法。在SQuAD 2.0和多项GLUE任务上,MiniLM只用一半的参数就保留了99%以上的准确率。", "MiniLM -EVALUATED_ON-> GLUE")]
    [InlineData("MiniLM是一种蒸馏方法。在SQuAD 2.0和多项GLUE任务上,MiniLM只用一半的参数就保留了99%以上的准确率。", "MiniLM -EVALUATED_ON-> SQuAD 2.0")]
    [InlineData("OpenAI的研究者在《Let's Verify Step by Step》中发布了包含80万条步骤级人工标注的PRM800K数据集。", "Let's Verify Step by Step -INTRODUCES-> PRM800K")]
    public void Should_Read_The_Benchmarks_And_Releases_Retrieval_And_QA_Writing_Names(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("GPT-3等大语言模型虽然能写出简单代码。", "GPT-3 -IS_A-> LLM")]
    [InlineData("像DDPM这样的扩散模型都是直接在像素上逐步去噪的。", "DDPM -IS_A-> 扩散模型")]
    [InlineData("本文提出FooSum框架，在可读性上优于GPT-4o和LLaMA-3-70B等大语言模型。", "GPT-4o -IS_A-> LLM")]
    [InlineData("第二阶段把Q-Former的输出接到冻结的LLM(如OPT、FlanT5)上做生成学习。", "OPT -IS_A-> LLM")]
    [InlineData("Stable Diffusion本身就属于扩散模型。", "Stable Diffusion -IS_A-> 扩散模型")]
    [InlineData("以DDPM为代表的扩散模型方法很多。", "DDPM -IS_A-> 扩散模型")]
    [InlineData("长序列任务上它胜过了S4、H3和Mamba等高效状态空间模型。", "H3 -IS_A-> SSM")]
    [InlineData("长序列任务上它胜过了S4、H3和Mamba等高效状态空间模型。", "S4 -IS_A-> SSM")]
    [InlineData("它在D4RL上的得分与CQL等当时最好的离线强化学习算法相当。", "CQL -IS_A-> 离线强化学习")]
    [InlineData("我们在Qwen2和Llama 3等开源大语言模型上做了对比。", "Llama 3 -IS_A-> LLM")]
    [InlineData("基于上下文学习的LLM方法,如FooLoRA和ChatGPT,都被作为基线。", "FooLoRA -IS_A-> LLM")]
    [InlineData("现有位置编码方法（如RoPE）在长上下文上表现欠佳。", "RoPE -IS_A-> 位置编码")]
    public void Should_Read_A_Member_Named_Before_Its_Class_As_One_Of_It(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("GPT-3等LLM评测基准被广泛使用。")]
    [InlineData("GPT-4o和Claude 3等模型的幻觉仍然常见。")]
    [InlineData("Llama 2等模型采用的位置编码是RoPE。")]
    public void Should_Not_Read_A_Class_That_Heads_No_Phrase_As_What_A_Member_Is(string body)
    {
        Assert.DoesNotContain(Edges(body), e => e.Contains("-IS_A->", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("何恺明等人在Faster R-CNN的基础上增加一个掩码分支,提出了Mask R-CNN。", "Mask R-CNN -BUILDS_ON-> Faster R-CNN")]
    [InlineData("此外，作者还在Codex的基础上利用独立函数数据进行监督微调，得到Codex-S。", "Codex-S -BUILDS_ON-> Codex")]
    public void Should_Read_What_Is_Proposed_On_Top_Of_A_Work_As_Building_On_It(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Read_List_Members_That_Carry_Their_Class_Nouns()
    {
        var edges = Edges("Baichuan 2是一个大语言模型。此外,Baichuan 2使用SwiGLU激活函数和RMSNorm归一化,并借助xFormers实现高效的注意力计算。");

        Assert.Contains("Baichuan 2 -USES-> SwiGLU", edges);
        Assert.Contains("Baichuan 2 -USES-> RMSNorm", edges);
    }

    [Fact]
    public void Should_Read_A_Name_After_A_Comma_And_Before_A_Connective_As_The_Next_Clause_Subject()
    {
        var edges = Edges("位置编码上,Baichuan 2-7B采用RoPE,Baichuan 2-13B则采用ALiBi。");

        Assert.Contains(edges, e => e.EndsWith("-USES-> ALiBi", StringComparison.Ordinal) && e.StartsWith("Baichuan", StringComparison.Ordinal) && e.Contains("13B", StringComparison.Ordinal));
        Assert.DoesNotContain(edges, e => e.StartsWith("Baichuan 2-7B -USES-> Baichuan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ENAS是一种神经架构搜索方法。ENAS在单块GTX 1080Ti上不到16小时就能完成搜索。", "ENAS -USES-> GTX 1080Ti")]
    [InlineData("本文提出FooNet方法。整个训练在32块Cloud TPU v4上耗时约四周。", "FooNet -USES-> Cloud TPU v4")]
    [InlineData("VITS是一种端到端语音合成模型，VITS在V100 GPU上的合成速度远超实时。", "VITS -USES-> V100")]
    [InlineData("FlashAttention-2进一步优化了并行划分，在A100上达到理论峰值的50%～73%。", "FlashAttention-2 -USES-> A100")]
    public void Should_Read_Hardware_A_Compute_Budget_Or_A_Run_Names_As_Used(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("本文提出FooNet方法。论文在RoBERTa、DeBERTa和GPT-2上都做了实验。", "FooNet -USES-> GPT-2")]
    [InlineData("本文提出FooNet方法。在Llama-3-8B和Qwen2.5-7B上的实验表明，FooNet显著提升了推理准确率。", "FooNet -USES-> Qwen2.5-7B")]
    public void Should_Read_The_Models_Experiments_Run_On_As_Used(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("本文提出FooNet方法。我们在ImageNet和COCO上进行了实验。", "FooNet -EVALUATED_ON-> COCO", "FooNet -USES-> COCO")]
    [InlineData("本文提出FooNet方法。代码已在GitHub上开源，并在PyTorch上实现。", "FooNet -USES-> PyTorch", "FooNet -USES-> GitHub")]
    public void Should_Read_Only_Models_As_Used_By_Experiments_And_Only_Hardware_By_A_Run(string body, string expected, string wrong)
    {
        var edges = Edges(body);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(wrong, edges);
    }

    [Fact]
    public void Should_Not_Read_A_Dataset_A_Count_Stands_Before_As_Hardware()
    {
        Assert.DoesNotContain("FooNet -USES-> ImageNet", Edges("本文提出FooNet方法。我们在3个ImageNet变体上测量了鲁棒性。"));
    }

    [Theory]
    [InlineData("phi-1是一个代码模型，仅使用8块A100 GPU训练了4天。", "Phi-1 -USES-> A100")]
    [InlineData("本文提出FooEdit方法。首先通过监督微调（SFT）进行冷启动。", "FooEdit -USES-> SFT")]
    [InlineData("DeepSeekMoE架构后来也被DeepSeek-V2和DeepSeek-V3沿用。", "DeepSeek-V3 -USES-> DeepSeekMoE")]
    public void Should_Read_What_A_Clause_Uses_After_An_Adverb_Or_In_The_Passive(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("针对DETR收敛慢的问题,Deformable DETR借助可变形注意力加速训练;DINO在DETR类方法的基础上进一步引入对比去噪训练,在COCO上达到63.3 AP。", "DINO -EVALUATED_ON-> COCO", "DETR -EVALUATED_ON-> COCO")]
    [InlineData("在多个基准上，Zamba2-VL 与 Molmo2、Qwen3-VL 等开源 VLM 竞争力相当，显著优于 VL-Mamba、Cobra。", "Zamba2-VL -COMPARED_WITH-> Cobra", "Molmo2 -COMPARED_WITH-> Cobra")]
    public void Should_Not_Take_A_Name_Right_After_A_Clause_Subject_For_The_Subject_A_Later_Clause_Drops(string body, string expected, string wrong)
    {
        var edges = Edges(body);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(wrong, edges);
    }

    [Theory]
    [InlineData("ALIGN的图像端用EfficientNet。", "ALIGN -USES-> EfficientNet")]
    [InlineData("EAGLE用一个很轻量的单层Transformer作为草稿头。", "EAGLE -USES-> Transformer")]
    [InlineData("LCM以Stable Diffusion为教师模型。", "LCM -USES-> Stable Diffusion")]
    public void Should_Read_What_A_Work_Does_Its_Part_With_As_Used(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("FooPruner是一种即插即用的高效MoE推理方案。", "MoE")]
    [InlineData("RaysUp仅用AnyUp 16%的参数就达到了更好的效果。", "AnyUp")]
    [InlineData("FooNet是一个用于训练GRPO的框架。", "GRPO")]
    [InlineData("本文提出电路分词器FooTok和电路专用语言模型CircuitFormer。", "CircuitFormer")]
    public void Should_Not_Read_A_Word_That_Ends_In_用_Or_A_Measure_As_Use(string body, string used)
    {
        Assert.DoesNotContain(Edges(body), e => e.EndsWith("-USES-> " + used, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CLIP由OpenAI的Alec Radford等人提出,论文为《Learning Transferable Visual Models From Natural Language Supervision》。", "Learning Transferable Visual Models From Natural Language Supervision -INTRODUCES-> CLIP")]
    [InlineData("Mixtral 8x7B是Mistral AI在2023年底开源的模型,技术报告为《Mixtral of Experts》。", "Mixtral of Experts -INTRODUCES-> Mixtral 8x7B")]
    [InlineData("原始Transformer（《Attention Is All You Need》）把LayerNorm放在残差之后。", "Attention Is All You Need -INTRODUCES-> Transformer")]
    [InlineData("为此Ilya Loshchilov和Frank Hutter在《Decoupled Weight Decay Regularization》中提出了Adam的改进版AdamW。", "Decoupled Weight Decay Regularization -INTRODUCES-> AdamW")]
    [InlineData("PPO本身出自John Schulman等人的《Proximal Policy Optimization Algorithms》。", "Proximal Policy Optimization Algorithms -INTRODUCES-> PPO")]
    public void Should_Read_The_Paper_A_Blog_Names_For_A_Work_As_Introducing_It(string body, string expected)
    {
        var edges = Edges(body);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain("Decoupled Weight Decay Regularization -INTRODUCES-> Adam", edges);
    }

    [Fact]
    public void Should_Read_A_Model_Taken_As_The_Base_As_Used_And_Not_As_A_Subject()
    {
        var edges = Edges("本文提出SemiVLA方法。以OpenVLA为骨干网，通过LoRA微调，在LIBERO上持续提升成功率。");

        Assert.Contains("SemiVLA -USES-> OpenVLA", edges);
        Assert.Contains("SemiVLA -USES-> LoRA", edges);
        Assert.DoesNotContain("OpenVLA -USES-> LoRA", edges);
    }

    [Theory]
    [InlineData("本文提出OrchRM编排方法。基于LLM的多智能体系统需要有效的编排，但训练编排器面临监督信号有限的问题。", false)]
    [InlineData("本文提出AlgoEvolve进化方法。基于LLM的语义进化方法为持续程序合成提供了一种可行方案。", true)]
    [InlineData("本文提出GraphRoute推理方法。基于LLM的知识图谱推理在开放域中仍然有效。", false)]
    [InlineData("本文提出GraphRoute推理方法。基于LLM的知识图谱KG-Agent在开放域中仍然有效。", true)]
    public void Should_Read_A_Longer_Class_Of_Work_Only_In_A_Sentence_On_What_Falls_Short(string body, bool found)
    {
        var edges = Edges(body);

        Assert.Equal(found, edges.Any(e => e.EndsWith("-BUILDS_ON-> LLM", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_Not_Give_The_Article_A_Basis_That_A_Class_Of_Work_Opening_The_Clause_Has()
    {
        var edges = Edges("本文提出PIVOT规划方法。基于LLM的智能体生成的规划虽然看似合理，但往往在执行时失败。");

        Assert.DoesNotContain("PIVOT -BUILDS_ON-> LLM", edges);
    }

    [Fact]
    public void Should_Still_Read_The_Basis_Of_A_Work_The_Sentence_Introduces()
    {
        var edges = Edges("作者 A Bo 摘要 提出ARG-Mamba，基于状态空间模型的框架，通过多尺度模块融合特征。", "ARG-Mamba for Remote Sensing");

        Assert.Contains("ARG-Mamba -BUILDS_ON-> SSM", edges);
    }

    [Fact]
    public void Should_Read_What_Is_Built_On_A_Named_Basis_As_Introduced()
    {
        var edges = Edges("作者 A Bo 摘要 基于Qwen3-Reranker构建MemReranker模型族，采用多阶段知识蒸馏。", "Reasoning-Aware Reranking for Agent Memory");

        Assert.Contains(edges, e => e.EndsWith("-INTRODUCES-> MemReranker", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Take_A_Place_Opening_The_Sentence_As_Its_Subject()
    {
        var edges = Edges("本文提出FooPool池化方法。CLIP中平均池化相比EOS池化使长度效应显著降低。");

        Assert.DoesNotContain("CLIP -COMPARED_WITH-> EOS", edges);
    }

    [Fact]
    public void Should_Not_Continue_A_Place_That_Opens_A_Clause()
    {
        var edges = Edges("本文提出PCI求解方法。在TSP-500上平均最优性差距0.17%，TSP-1000上0.31%，优于FT2T。");

        Assert.Contains("PCI -COMPARED_WITH-> FT2T", edges);
        Assert.DoesNotContain("TSP-1000 -COMPARED_WITH-> FT2T", edges);
    }

    [Fact]
    public void Should_Continue_The_Subject_A_Clause_Opens_With_Not_A_Name_Inside_It()
    {
        var edges = Edges("本文提出RoiMam视觉问答模型。模型大小仅为MedVInT-TD的20%以下，在MMLU上准确率提升约2%。");

        Assert.Contains("RoiMam -EVALUATED_ON-> MMLU", edges);
        Assert.DoesNotContain("MedVInT-TD -EVALUATED_ON-> MMLU", edges);
    }

    [Theory]
    [InlineData("本文提出Context-ReAct范式，通过五种原子操作管理上下文，并基于此构建LongSeeker长程搜索智能体。", "Context-ReAct -BUILDS_ON-> LongSeeker")]
    [InlineData("本文提出DeceptionX框架，通过构建DeceptChain数据集和三阶段训练管道超越现有方法。", "DeceptionX -USES-> DeceptChain")]
    [InlineData("作者 A Bo 摘要 成功构建了包含Twi、Fante、Ewe和Kusaal四种语言的平行语料库。", "-INTRODUCES-> Fante")]
    [InlineData("本文提出RoSum方法，使用包含功能正确性（FC）和流畅性两部分的复合奖励函数进行优化。", "RoSum -USES-> FC")]
    [InlineData("本文提出SciIR方法。通过微调获得Qwen-Image-SciIR模型，在SciIR-Bench上评分从35%提升至43%。", "SciIR -USES-> Qwen-Image-SciIR")]
    [InlineData("与Transformer不同,Mamba不依赖注意力机制。", "Mamba -USES-> Attention")]
    public void Should_Not_Read_What_Is_Made_As_A_Basis_Or_As_Used(string body, string edge)
    {
        Assert.DoesNotContain(Edges(body), e => e.EndsWith(edge, StringComparison.Ordinal) || e == edge);
    }

    [Theory]
    [InlineData("T", "本文提出DroneLink框架，包含LLM Agent Core、MCP网关和基于W3C WoT标准的抽象层。", "MCP -BUILDS_ON-> W3C WoT")]
    [InlineData("Judge-R1: Judgment Document Generation", "作者 A Bo 摘要 通过联合改进法律信息收集和判决文书生成，Judge-R1有效提升了基于LLM的判决文书自动生成性能。", "Judge-R1 -BUILDS_ON-> LLM")]
    [InlineData("T", "本文提出Anchor Bias几何度量，并基于此设计CANVAS干预方法。", "Anchor Bias -BUILDS_ON-> CANVAS")]
    public void Should_Not_Read_A_Basis_After_A_Conjunction_Or_A_Verb_Or_On_What_Came_Before_As_The_Subjects(string title, string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body, title));
    }

    [Theory]
    [InlineData("OPID: On-Policy Skill Distillation", "基于结果的强化学习提供稳定的优化基础，但其稀疏的轨迹级奖励无法对中间决策提供有效指导；", "OPID -BUILDS_ON-> 强化学习", false)]
    [InlineData("SVL: Revisiting Shadow Detection", "基于冻结的DINOv3编码器，仅学习轻量投影和解码模块。", "SVL -BUILDS_ON-> DINOv3", true)]
    [InlineData("AstroSplat: Asteroid Reconstruction", "AstroSplat：基于物理的Gaussian splatting框架，用于小行星表面重建。", "AstroSplat -BUILDS_ON-> Gaussian Splatting", true)]
    public void Should_Read_A_Name_That_A_Basis_Phrase_Heads_As_No_Basis_Unless_The_Phrase_Takes_It_As_It_Is_Or_Describes_The_Topic(
        string title, string summary, string edge, bool found)
    {
        Assert.Equal(found, Edges("作者 A Bo 摘要 " + summary, title).Contains(edge));
    }

    [Fact]
    public void Should_Read_The_Founding_Work_Of_A_Class_Named_By_A_Pronoun_In_The_Sentence_Before_From_The_Sample()
    {
        var edges = Edges("SSM(State Space Model)的概念由来已久。一般认为它的开篇之作是2021年的S4,而SSM最新的变体大概是去年的Mamba。");

        Assert.Contains("S4 -IS_A-> SSM", edges);
    }

    [Fact]
    public void Should_Not_Reach_Back_To_The_Sentence_Before_For_A_Pronoun_A_Verb_Takes()
    {
        var edges = Edges("作者 A Bo 摘要 对比学习是常用的预训练范式。3) 提出最优上下文子图方法，并通过对齐投影器将其映射到LLM的token空间。", "GraspLLM: Graph Reasoning with LLMs");

        Assert.DoesNotContain(edges, e => e.EndsWith("-USES-> 对比学习", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DPO(Direct Preference Optimization)绕过了奖励模型,直接用偏好数据优化策略,可以看作是RLHF的一种简化。", "DPO -BUILDS_ON-> RLHF")]
    [InlineData("Mamba可以看作是S4的一个改进版本,它引入了选择性机制。", "Mamba -BUILDS_ON-> S4")]
    [InlineData("FlashAttention是一种IO感知的精确注意力算法,它的改进版FlashAttention-2进一步提升了速度。", "FlashAttention-2 -BUILDS_ON-> Flash Attention")]
    public void Should_Read_A_Variant_Named_As_A_Reading_Of_Its_Origin_In_Blog_Prose(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("自洽性（Self-Consistency）是对CoT的改进，它采样多条推理路径。", "Self-Consistency -BUILDS_ON-> CoT")]
    [InlineData("QLoRA是LoRA的量化版本，它把预训练模型量化为4比特。", "QLoRA -BUILDS_ON-> LoRA")]
    [InlineData("思维树（Tree of Thoughts，ToT）将CoT推广为树搜索，允许模型回溯。", "ToT -BUILDS_ON-> CoT")]
    [InlineData("DDIM将DDPM的马尔可夫过程推广为非马尔可夫过程。", "DDIM -BUILDS_ON-> DDPM")]
    public void Should_Read_An_Improvement_A_Version_Or_A_Generalisation_Of_A_Work_In_Blog_Prose(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("EAGLE在特征层面进行自回归预测，比Medusa的接受率更高。", "EAGLE -COMPARED_WITH-> Medusa")]
    [InlineData("EAGLE在特征层面进行自回归预测，比Medusa和Lookahead Decoding更快。", "EAGLE -COMPARED_WITH-> Lookahead Decoding")]
    [InlineData("作为GPT-3的后续工作，InstructGPT引入了人类反馈。", "InstructGPT -BUILDS_ON-> GPT-3")]
    [InlineData("DeepSeek-R1正是用GRPO训练得到的。", "DeepSeek-R1 -USES-> GRPO")]
    [InlineData("我们在AlpacaEval上比较了DPO和PPO。", "PPO -EVALUATED_ON-> AlpacaEval")]
    [InlineData("2020年，Google提出的ViT首次将纯Transformer应用于图像分类。", "ViT -USES-> Transformer")]
    public void Should_Read_Comparisons_Follow_Ups_And_Uses_In_Blog_Prose(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("Llama 2的70B模型和Mistral 7B都采用了GQA。", "Llama 2 -USES-> GQA")]
    [InlineData("InstructGPT和ChatGPT都采用了RLHF。", "InstructGPT -USES-> RLHF")]
    [InlineData("ALiBi和RoPE都属于相对位置编码。", "ALiBi -IS_A-> 相对位置编码")]
    [InlineData("GPT-4和Claude等模型都采用了RLHF。", "GPT-4 -USES-> RLHF")]
    [InlineData("InstructGPT和ChatGPT采用了RLHF。", "InstructGPT -USES-> RLHF")]
    [InlineData("此外，ALiBi与RoPE属于相对位置编码。", "ALiBi -IS_A-> 相对位置编码")]
    public void Should_Read_What_Coordinated_Subjects_Share_Under_都_Or_Opening_Their_Clause(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Not_Share_A_Clause_With_Names_Coordinated_Inside_It_Without_都()
    {
        Assert.DoesNotContain("InstructGPT -USES-> RLHF", Edges("本文比较了InstructGPT和ChatGPT采用RLHF后的差异。"));
    }

    [Theory]
    [InlineData("SAM 2在DAVIS和MOSE等视频目标分割基准上超过了之前的方法。", "SAM2 -EVALUATED_ON-> MOSE")]
    [InlineData("在WebShop、ALFWorld和Sokoban三个基准上，ReProbe的成功率提升最高达12%。", "ReProbe -EVALUATED_ON-> Sokoban")]
    [InlineData("LLaVA-1.5在VQAv2、TextVQA等11个基准上取得了最好成绩。", "LLaVA 1.5 -EVALUATED_ON-> TextVQA")]
    public void Should_Read_A_Counted_Or_Described_List_Of_Benchmarks_As_Where_A_Work_Is_Evaluated(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "ReProbe: Reflective Probing for Language Agents"));
    }

    [Theory]
    [InlineData("Adam出自论文《Adam: A Method for Stochastic Optimization》,作者是Diederik P. Kingma和Jimmy Ba。", "Jimmy Ba -AUTHORED-> Adam: A Method for Stochastic Optimization")]
    [InlineData("Ilya Loshchilov和Frank Hutter在《Decoupled Weight Decay Regularization》中提出了AdamW。", "Frank Hutter -AUTHORED-> Decoupled Weight Decay Regularization")]
    [InlineData("Mamba是Albert Gu和Tri Dao提出的，它在S4的基础上引入了选择性机制。", "Tri Dao -AUTHORED-> Mamba")]
    [InlineData("Muon是Keller Jordan在2024年提出的优化器。", "Keller Jordan -AUTHORED-> Muon")]
    [InlineData("MQA最早由Noam Shazeer在《Fast Transformer Decoding: One Write-Head is All You Need》中提出。", "Noam Shazeer -AUTHORED-> Fast Transformer Decoding: One Write-Head is All You Need")]
    public void Should_Link_People_Prose_Cites_To_What_They_Made(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("S4出自Albert Gu等人的论文《Efficiently Modeling Long Sequences with Structured State Spaces》。", "Efficiently Modeling Long Sequences with Structured State Spaces -INTRODUCES-> S4")]
    [InlineData("FSQ出自Google的论文《Finite Scalar Quantization: VQ-VAE Made Simple》。", "Finite Scalar Quantization: VQ-VAE Made Simple -INTRODUCES-> FSQ")]
    [InlineData("线性注意力源于《Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention》。", "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention -INTRODUCES-> 线性注意力")]
    [InlineData("Sinusoidal位置编码出自论文《Attention Is All You Need》。", "Attention Is All You Need -INTRODUCES-> Sinusoidal")]
    [InlineData("MQA最早由Noam Shazeer在《Fast Transformer Decoding: One Write-Head is All You Need》中提出。", "Fast Transformer Decoding: One Write-Head is All You Need -INTRODUCES-> MQA")]
    [InlineData("笔者提出了旋转位置编码（Rotary Position Embedding，RoPE），相关论文是《RoFormer: Enhanced Transformer with Rotary Position Embedding》。", "RoFormer: Enhanced Transformer with Rotary Position Embedding -INTRODUCES-> RoPE")]
    public void Should_Read_The_Paper_A_Blog_Names_For_A_Technique(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("YaRN是NTK-aware Scaled RoPE的进一步改进。", "YaRN -BUILDS_ON-> NTK-aware Scaled RoPE")]
    [InlineData("Muon可以看作是Shampoo在不累积历史梯度时的特例。", "Muon -BUILDS_ON-> Shampoo")]
    [InlineData("SGG结合了CFG和AG的优势。", "SGG -BUILDS_ON-> AG")]
    [InlineData("Adamax结合了动量(Momentum)和RMSProp的思想，自适应地调整学习率。", "Adamax -BUILDS_ON-> Momentum")]
    [InlineData("Adamax结合了RMSProp和动量(Momentum)的思想。", "Adamax -BUILDS_ON-> Momentum")]
    [InlineData("WGAN是对原始GAN损失函数的改进。", "WGAN -BUILDS_ON-> 生成对抗网络")]
    [InlineData("Self-Consistency是对思维链提示(CoT)的直接改进。", "Self-Consistency -BUILDS_ON-> CoT")]
    [InlineData("DPM-Solver可以看作DDIM的高阶推广。", "DPM-Solver -BUILDS_ON-> DDIM")]
    [InlineData("GCN 本质上是 ChebNet 的一阶近似。", "GCN -BUILDS_ON-> ChebNet")]
    [InlineData("DreamerV3 延续了 DreamerV1、DreamerV2 的框架。", "DreamerV3 -BUILDS_ON-> DreamerV1")]
    [InlineData("Mixtral与Mistral 7B的架构相同。", "Mixtral -BUILDS_ON-> Mistral 7B")]
    [InlineData("M2由M1经过一轮迭代DPO训练得到。", "M2 -BUILDS_ON-> M1")]
    [InlineData("ViT的灵感来自NLP中的Transformer。", "ViT -BUILDS_ON-> Transformer")]
    [InlineData("FooNet在Transformer之上加入了循环记忆。", "FooNet -BUILDS_ON-> Transformer")]
    [InlineData("GPT-3采用了与GPT-2相同的架构。", "GPT-3 -BUILDS_ON-> GPT-2")]
    [InlineData("BEiT把BERT的思想引入视觉领域。", "BEiT -BUILDS_ON-> BERT")]
    [InlineData("YOLOv3是YOLOv2的后续版本。", "YOLOv3 -BUILDS_ON-> YOLOv2")]
    [InlineData("FlowNet2进一步发展了FlowNet。", "FlowNet2 -BUILDS_ON-> FlowNet")]
    [InlineData("RAFT脱胎于PWC-Net。", "RAFT -BUILDS_ON-> PWC-Net")]
    [InlineData("以Stable Diffusion为代表的大规模文本到图像扩散模型已经很成熟。", "Stable Diffusion -IS_A-> 扩散模型")]
    [InlineData("在 Stable Diffusion 这样的潜在扩散模型中插入时间层。", "Stable Diffusion -IS_A-> 潜在扩散模型")]
    [InlineData("Stable Diffusion本身就属于隐空间扩散模型。", "Stable Diffusion -IS_A-> 扩散模型")]
    [InlineData("投机解码（Speculative Decoding）是目前推理加速方向最受关注的技术之一。", "Speculative Decoding -APPLIED_TO-> 推理加速")]
    [InlineData("模型压缩的常用手段有知识蒸馏(Knowledge Distillation)和剪枝。", "知识蒸馏 -APPLIED_TO-> 模型压缩")]
    [InlineData("Swin Transformer采用了层次化结构，使其可以作为目标检测和语义分割的骨干网络。", "Swin Transformer -APPLIED_TO-> 语义分割")]
    [InlineData("模型方面,LLaVA使用预训练的CLIP视觉编码器ViT-L/14和语言模型Vicuna。", "LLaVA -USES-> ViT-L/14")]
    [InlineData("模型方面,LLaVA使用预训练的CLIP视觉编码器ViT-L/14和语言模型Vicuna。", "LLaVA -USES-> Vicuna")]
    [InlineData("Toolformer使用的工具包括问答系统Atlas和计算器。", "Toolformer -USES-> ATLAS")]
    [InlineData("第一部分是因果追踪(Causal Tracing),其思想来自因果中介分析(causal mediation analysis)。", "Causal Tracing -BUILDS_ON-> causal mediation analysis")]
    [InlineData("随后Eddy Ilg等人提出的FlowNet 2.0把多个FlowNet堆叠起来。", "FlowNet 2.0 -BUILDS_ON-> FlowNet")]
    [InlineData("GMA在RAFT的更新算子中加入了全局运动聚合模块。", "GMA -BUILDS_ON-> RAFT")]
    [InlineData("CQL可以直接叠加在SAC之上。", "CQL -BUILDS_ON-> SAC")]
    [InlineData("Toolformer以GPT-J(67亿参数)为基础模型。", "Toolformer -BUILDS_ON-> GPT-J")]
    [InlineData("DeepSeekMath-Instruct 7B经过GRPO训练得到DeepSeekMath-RL 7B。", "DeepSeekMath-RL 7B -BUILDS_ON-> DeepSeekMath-Instruct 7B")]
    [InlineData("Meta AI的Baptiste Rozière等人基于Llama 2推出了Code Llama。", "Code Llama -BUILDS_ON-> Llama 2")]
    [InlineData("Toolformer的基础模型是GPT-J。", "Toolformer -BUILDS_ON-> GPT-J")]
    [InlineData("后来的VQGAN在VQ-VAE的基础上加入了对抗训练。", "VQGAN -BUILDS_ON-> VQ-VAE")]
    [InlineData("训练目标方面，DINOv2在DINO和iBOT的基础上进行改进。", "DINOv2 -BUILDS_ON-> iBOT")]
    [InlineData("作者还发布了Mistral 7B的指令微调版本Mistral 7B-Instruct。", "Mistral 7B-Instruct -BUILDS_ON-> Mistral 7B")]
    [InlineData("目前LLaMA等主流大模型都采用了RoPE。", "LLaMA -USES-> RoPE")]
    [InlineData("目前Mistral 7B等开源对话模型都采用了GQA。", "Mistral 7B -USES-> GQA")]
    [InlineData("他们在T5上发现,随着模型规模增大,Prompt Tuning与全量微调之间的差距逐渐消失。", "Prompt Tuning -COMPARED_WITH-> Full Fine-Tuning")]
    [InlineData("在GLUE基准上，Adapter只为每个任务增加3.6%的参数，效果与全量微调的差距在0.4%以内。", "Adapter -COMPARED_WITH-> Full Fine-Tuning")]
    [InlineData("在GLUE基准上,Adapter只为每个任务增加约3.6%的参数,效果与全量微调相差不到0.4个点。", "Adapter -COMPARED_WITH-> Full Fine-Tuning")]
    [InlineData("Llama 2的MMLU得分接近GPT-3.5，但与GPT-4和PaLM-2-L仍有明显差距。", "Llama 2 -COMPARED_WITH-> PaLM-2-L")]
    [InlineData("Swin Transformer则在ViT的基础上采用了移位窗口（Shifted Window）和层次化结构，使其可以作为目标检测和语义分割等密集预测任务的通用骨干网络。", "Swin Transformer -APPLIED_TO-> 语义分割")]
    [InlineData("上海人工智能实验室等机构联合发布的 Latte 则是较早开源的基于 DiT 的视频生成模型之一。", "Latte -APPLIED_TO-> 视频生成")]
    [InlineData("加州大学伯克利分校的Tim Brooks、Aleksander Holynski和Alexei A. Efros提出了用于指令式图像编辑的InstructPix2Pix。", "InstructPix2Pix -APPLIED_TO-> 图像编辑")]
    [InlineData("随后的Mask2Former在MaskFormer的基础上引入了掩码注意力（Masked Attention），用同一套架构同时处理语义分割、实例分割和全景分割。", "Mask2Former -APPLIED_TO-> 全景分割")]
    [InlineData("2020年,Facebook AI的Nicolas Carion等人提出DETR,首次用Transformer编码器-解码器完成端到端目标检测。", "DETR -APPLIED_TO-> 目标检测")]
    [InlineData("SimVA有效将CLIP迁移到视频动作识别。", "SimVA -APPLIED_TO-> 动作识别")]
    [InlineData("Whisper把语言识别、语音活动检测和语音翻译统一到同一个序列到序列框架中。", "Whisper -APPLIED_TO-> 语音翻译")]
    [InlineData("用于文生图时,LCM只需2到4步即可生成768×768的高分辨率图像。", "LCM -APPLIED_TO-> 文本到图像生成")]
    [InlineData("Switch Transformer以T5为基础，在C4语料上预训练，在同等计算资源下相比T5-Base实现了最高7倍的预训练加速。", "Switch Transformer -USES-> C4")]
    [InlineData("第二阶段，LLaVA在LLaVA-Instruct-158K上端到端地微调投影层和语言模型。", "LLaVA -USES-> LLaVA-Instruct-158K")]
    [InlineData("Qwen2-VL通过Naive Dynamic Resolution和M-RoPE,让视觉语言模型以更接近人类的方式感知不同尺度的图像和视频。", "Qwen2-VL -USES-> M-RoPE")]
    [InlineData("2020年,Facebook AI的Nicolas Carion等人提出DETR,首次用Transformer编码器-解码器完成端到端目标检测。", "DETR -USES-> Transformer")]
    [InlineData("实验显示FSQ的效果与VQ-VAE相当。", "FSQ -COMPARED_WITH-> VQ-VAE")]
    [InlineData("与GPT-J、OPT(66B)和GPT-3(175B)相比,只有6.7B参数的Toolformer在多数任务上取得了显著提升。", "Toolformer -COMPARED_WITH-> OPT")]
    [InlineData("与GPT-J、OPT(66B)和GPT-3(175B)相比,只有6.7B参数的Toolformer在多数任务上取得了显著提升。", "Toolformer -COMPARED_WITH-> GPT-3")]
    [InlineData("PHA优于Hedgehog（16.70）和H3-125M（23.70）。", "PHA -COMPARED_WITH-> H3-125M")]
    [InlineData("EAGLE的平均得分为7.56，高于Medusa的6.93和Lookahead Decoding的6.19。", "EAGLE -COMPARED_WITH-> Lookahead Decoding")]
    [InlineData("在MBPP上，Mamba达到55.5%，超过了RWKV(14B, 52.7%)和RetNet(7B, 51.8%)。", "Mamba -COMPARED_WITH-> RetNet")]
    [InlineData("在文档理解基准上，Gemini的得分高于Claude 3.5 Sonnet。", "Gemini -COMPARED_WITH-> Claude 3.5 Sonnet")]
    [InlineData("LaDe在文本到层和图像到层两个任务中优于Qwen-Image-Layered。", "LaDe -COMPARED_WITH-> Qwen-Image-Layered")]
    [InlineData("AWQ 则在 7B 到 65B 的各个尺寸上都优于 RTN 和 GPTQ。", "AWQ -COMPARED_WITH-> GPTQ")]
    [InlineData("结果显示，Mistral 7B在所有评测基准上都优于Llama 2 13B，并在推理、数学和代码生成方面超过了Llama 1 34B。", "Mistral 7B -COMPARED_WITH-> Llama 1 34B")]
    [InlineData("1.3B参数的InstructGPT在人类评估中比175B的GPT-3更受偏好。", "InstructGPT -COMPARED_WITH-> GPT-3")]
    [InlineData("ControlNet由可训练副本(trainable copy)和零卷积(zero convolution)两部分组成。", "zero convolution -PART_OF-> ControlNet")]
    [InlineData("结果显示，Mistral 7B在所有评测基准上都优于Llama 2 13B。", "Mistral 7B -COMPARED_WITH-> Llama 2 13B")]
    [InlineData("ConvNeXt在ImageNet和COCO上的表现均不逊于同等规模的Swin Transformer。", "ConvNeXt -COMPARED_WITH-> Swin Transformer")]
    public void Should_Read_Improvements_Bases_And_Comparisons_As_Blogs_Write_Them(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("FlashAttention是一种IO感知的精确注意力算法。它利用在线softmax(online softmax)技巧。", "Flash Attention -USES-> 在线softmax")]
    [InlineData("GShard是最早把MoE用到Transformer上的工作之一。它使用Adam优化器训练。", "GShard -USES-> Adam")]
    public void Should_Take_The_Name_The_Sentence_Before_Opens_With_For_It_Opening_A_Blog_Sentence(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Not_Take_The_Sentence_Before_For_Them()
    {
        Assert.DoesNotContain("GShard -USES-> Adam", Edges("GShard是最早把MoE用到Transformer上的工作之一。它们都使用Adam优化器训练。"));
    }

    [Theory]
    [InlineData("Self-RAG 在 RAG 的基础上引入了反思机制。", "Self-RAG -BUILDS_ON-> RAG")]
    [InlineData("DeiT 在 ViT 的基础上解决了数据问题。", "DeiT -BUILDS_ON-> ViT")]
    [InlineData("T5 用的是 SentencePiece 的 Unigram 模型。", "T5 -USES-> SentencePiece")]
    public void Should_Read_Text_That_Sets_Names_Apart_From_Chinese_With_Spaces(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Take_The_Organisation_Opening_A_Summary_s_Sentence_For_Its_Paper_s_Authors()
    {
        const string Title = "Llama 2: Open Foundation and Fine-Tuned Chat Models";
        Assert.Contains($"{Title} -INTRODUCES-> Llama 2", Edges("作者 Hugo Touvron 摘要 Meta发布Llama 2系列开源大语言模型。", Title));
        Assert.DoesNotContain($"{Title} -INTRODUCES-> Llama 2", Edges("作者 Hugo Touvron 摘要 现有工作中，Meta发布Llama 2系列开源大语言模型。", Title));
    }

    [Fact]
    public void Should_Read_The_Baselines_An_Article_Lists_As_Compared_With_Its_Work()
    {
        Assert.Contains("DPO -COMPARED_WITH-> Unlikelihood", Edges("论文提出了直接偏好优化（Direct Preference Optimization，DPO）。对比的基线包括Preferred-FT和Unlikelihood。", "DPO：直接偏好优化"));
        Assert.Contains("DPO -COMPARED_WITH-> RLHF", Edges("论文提出了直接偏好优化（Direct Preference Optimization，DPO）。对比的基线包括基于PPO的RLHF、Preferred-FT和Best of N等。", "DPO：直接偏好优化"));
    }

    [Fact]
    public void Should_Read_The_Base_Model_Of_The_Work_A_Paper_Proposes()
    {
        Assert.Contains("Toolformer -BUILDS_ON-> GPT-J", Edges("论文提出了Toolformer,其基础模型是GPT-J。", "Toolformer: Language Models Can Teach Themselves to Use Tools"));
    }

    [Fact]
    public void Should_Not_Read_A_Clause_Opening_Verb_After_A_Phrase_As_A_Dropped_Subject_s_Use()
    {
        Assert.DoesNotContain(Edges("本文提出Nexa框架。训练采用策略梯度优化。"), e => e.Contains("-USES->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Read_A_Later_Clause_Opening_With_它_As_About_The_Name_Before_It()
    {
        Assert.Contains("Mamba -BUILDS_ON-> S4", Edges("Mamba是Albert Gu和Tri Dao提出的，它在S4的基础上引入了选择性机制，于是作者设计了并行扫描（Parallel Scan）算法。"));
    }

    [Fact]
    public void Should_Not_Make_What_作者_Proposes_In_A_Blog_The_Post_s_Own_Method()
    {
        var edges = Edges("本文回顾线性RNN。 Mamba的参数依赖于输入，于是作者设计了并行扫描（Parallel Scan）算法来高效训练。 实验 在Pile数据集上取得了更低的困惑度。", "线性RNN的复兴");

        Assert.DoesNotContain("Parallel Scan -EVALUATED_ON-> Pile", edges);
    }

    [Theory]
    [InlineData("这种编码方式在长度外推(Length Extrapolation)上效果较差。研究人员提出了位置内插(Position Interpolation)来解决这个问题。", "Position Interpolation -APPLIED_TO-> 长度外推")]
    [InlineData("现有方法在医学图像分割中存在类别不平衡。SCDL框架有效缓解了这一问题。", "SCDL -APPLIED_TO-> 医学图像分割")]
    public void Should_Read_A_Problem_Word_As_The_Task_Named_Before_It(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("现有模型在视觉推理中表现不佳，思维链（CoT）推理也无法有效缓解该问题。")]
    [InlineData("判决文书生成面临信息检索不全面的挑战，现有RAG方法不足以解决这些问题。")]
    [InlineData("为了保护濒危语言的机器翻译，Warden解决其数据稀缺。")]
    public void Should_Not_Read_A_Problem_A_Work_Fails_To_Solve_Nor_Any_Other_Word_As_A_Problem(string body)
    {
        Assert.DoesNotContain(Edges(body), e => e.Contains("-APPLIED_TO->", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("在交互式决策基准ALFWorld和WebShop上,ReAct超过了模仿学习方法。", "ReAct -EVALUATED_ON-> WebShop")]
    [InlineData("Reflexion在决策任务ALFWorld、推理任务HotpotQA以及编程任务HumanEval和MBPP上进行了实验。", "Reflexion -EVALUATED_ON-> HotpotQA")]
    [InlineData("Mistral 7B在MMLU、GSM8K、HumanEval等涵盖常识推理、世界知识和代码的基准上进行了评估。", "Mistral 7B -EVALUATED_ON-> GSM8K")]
    [InlineData("LLaVA使用视觉编码器ViT-L/14和语言模型Vicuna。", "LLaVA -USES-> Vicuna")]
    [InlineData("在GLUE和SQuAD上，RoBERTa的成绩明显优于BERT。", "RoBERTa -EVALUATED_ON-> SQuAD")]
    [InlineData("YaRN的论文在Proof-pile和GovReport上评估了长文本困惑度。", "YaRN -EVALUATED_ON-> Proof-pile")]
    public void Should_Read_Names_That_A_Class_Noun_Or_A_Long_Description_Surrounds_In_A_List(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("在GSM8K上，IO提示的成功率为7.3%，CoT仅为4.0%，而广度为5的FooToT的成功率达到了74%。", "FooToT -EVALUATED_ON-> GSM8K")]
    [InlineData("在GSM8K上，IO提示的成功率为7.3%，CoT仅为4.0%，而广度为5的FooToT的成功率达到了74%。", "CoT -EVALUATED_ON-> GSM8K")]
    [InlineData("在MATH上，M1的胜率为9.94%，第二轮迭代的M2提升到15.38%。", "M2 -EVALUATED_ON-> MATH")]
    public void Should_Evaluate_Each_Work_A_Later_Clause_Opens_With_After_A_Blogs_Opening_Setting(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "推理提示漫谈"));
    }

    [Theory]
    [InlineData("在Language-Table上，FooRT的成功率达到90%，高于此前的BC-Zero。", "BC-Zero -EVALUATED_ON-> Language-Table")]
    [InlineData("FooRT在Language-Table上，成功率达到90%，而BC-Zero只有50%。", "BC-Zero -EVALUATED_ON-> Language-Table")]
    [InlineData("在Language-Table上，FooRT的成功率达到90%，Audit-Gated FacetF1为0.282。", "Audit-Gated FacetF1 -EVALUATED_ON-> Language-Table")]
    public void Should_Not_Evaluate_What_A_Later_Clause_Compares_With_Or_Where_The_Setting_Does_Not_Open_The_Sentence(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body, "推理提示漫谈"));
    }

    [Fact]
    public void Should_Read_What_A_Named_Model_Proposes_As_A_Part_Of_It_Only_When_The_Name_Ends_The_Phrase()
    {
        Assert.Contains("Q-Former -PART_OF-> BLIP-2", Edges("BLIP-2提出了Q-Former，用一组可学习的查询向量连接冻结的图像编码器和大语言模型。"));
        Assert.DoesNotContain(Edges("HyGRAG提出了一种分层图RAG框架，通过构建摘要表示提升检索。"), e => e.Contains("-PART_OF->", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GPT-2的前身是GPT，两者都是仅解码器的Transformer。", "GPT-2 -BUILDS_ON-> GPT")]
    [InlineData("YOLOv8由YOLOv5改进而来，采用了无锚框的检测头。", "YOLOv8 -BUILDS_ON-> YOLOv5")]
    [InlineData("DPO可以视为RLHF的一种特例。", "DPO -BUILDS_ON-> RLHF")]
    [InlineData("DiT用Transformer替换了U-Net作为扩散模型的骨干网络。", "DiT -USES-> Transformer")]
    [InlineData("在PaLM中，作者使用了SwiGLU激活函数和并行注意力层。", "PaLM -USES-> SwiGLU")]
    [InlineData("Mamba与Transformer的主要区别在于它不使用注意力机制。", "Mamba -COMPARED_WITH-> Transformer")]
    public void Should_Read_Predecessors_Replacements_And_Differences_In_Blog_Prose(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("Minerva是一个大语言模型，专门用于定量推理任务。", "Minerva -APPLIED_TO-> 定量推理")]
    [InlineData("FooNet是一种事件相机检测器，天然适合视频异常检测。", "FooNet -APPLIED_TO-> 视频异常检测")]
    public void Should_Continue_The_Work_A_Sentence_Opens_With_In_A_Clause_That_An_Adverb_Of_Purpose_Or_Nature_Opens(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Continue_In_A_Blog_A_Sentence_That_Drops_Its_Subject_At_Its_Start_With_The_Work_A_Sentence_Just_Before_Opened_With()
    {
        Assert.Contains("Lookahead Decoding -EVALUATED_ON-> MT-Bench", Edges("Lookahead Decoding是一种无需草稿模型的解码方法。在MT-Bench上能带来约1.8倍的加速。"));
    }

    [Theory]
    [InlineData("DN-DETR是一种检测器。使用ResNet-50骨干时,DINO训练12个epoch即可在COCO上达到49.4 AP。", "DN-DETR -USES-> ResNet-50")]
    [InlineData("Swin Transformer是一种视觉骨干网络。相比ViT,Swin更适合充当通用骨干网络。", "Swin Transformer -COMPARED_WITH-> ViT")]
    public void Should_Not_Continue_A_Work_Of_A_Sentence_Before_When_A_Later_Clause_Opens_With_A_Work_Or_The_Sentence_Compares(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, Edges(body));
    }

    [Theory]
    [InlineData("Llama 2将ReLU替换为SwiGLU。", "Llama 2 -USES-> SwiGLU")]
    [InlineData("Qwen把LayerNorm换成了RMSNorm。", "Qwen -USES-> RMSNorm")]
    [InlineData("Baichuan 2-Chat依次经过了监督微调和基于人类反馈的强化学习(RLHF)。", "Baichuan 2-Chat -USES-> RLHF")]
    [InlineData("Baichuan 2-Chat依次经过了监督微调和基于人类反馈的强化学习(RLHF)。", "Baichuan 2-Chat -USES-> SFT")]
    [InlineData("Mixtral 8x7B融合了MoE和滑动窗口注意力。", "Mixtral 8x7B -USES-> 滑动窗口注意力")]
    [InlineData("BrainFusionNet融合CNN、ViT和GRU，在两个MRI数据集上达到98%准确率。", "BrainFusionNet -USES-> GRU")]
    [InlineData("T5在C4的子集上训练。", "T5 -USES-> C4")]
    [InlineData("Vicuna在ShareGPT的对话数据上微调。", "Vicuna -USES-> ShareGPT")]
    [InlineData("Prompt-to-Prompt通过在两次生成之间共享交叉注意力图来编辑图像。", "Prompt-to-Prompt -USES-> 交叉注意力")]
    public void Should_Read_What_A_Work_Puts_In_Place_Goes_Through_Fuses_Trains_On_Part_Of_Or_Does_Somewhere_As_Used(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("DRTriton将PyTorch代码转换为Triton内核。", "DRTriton -USES-> Triton")]
    [InlineData("DeepSeekMath-Instruct 7B经过GRPO训练得到DeepSeekMath-RL 7B。", "DeepSeekMath-Instruct 7B -USES-> GRPO")]
    [InlineData("Act2See的轨迹经过人工标注CoT验证质量。", "Act2See -USES-> CoT")]
    [InlineData("多模态数据使深度估计RMSE提升10%，RGB-LiDAR融合使3D重建Chamfer距离改善12%。", "RGB-LiDAR -USES-> Chamfer")]
    [InlineData("PinCLIP成功将视觉语言模型整合到Pinterest的推荐检索系统中。", "PinCLIP -USES-> Pinterest")]
    [InlineData("T5在C4的子集上训练。", "T5 -EVALUATED_ON-> C4")]
    public void Should_Not_Read_A_Conversion_A_Stage_Of_Another_Model_A_Fusion_Named_As_A_Part_Or_Training_Data_As_Used_Or_Tested_On(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, Edges(body));
    }

    [Theory]
    [InlineData("作者还将FlashAttention扩展为块稀疏FlashAttention（block-sparse FlashAttention），速度更快。", "block-sparse FlashAttention -BUILDS_ON-> Flash Attention")]
    [InlineData("Meta同时发布了在Llama 2基础上针对对话场景微调的Llama 2-Chat。", "Llama 2-Chat -BUILDS_ON-> Llama 2")]
    [InlineData("BEiT是微软的Bao等人受BERT启发提出的。", "BEiT -BUILDS_ON-> BERT")]
    [InlineData("PatchTST的两个版本PatchTST/64和PatchTST/42表现都很好。", "PatchTST/42 -BUILDS_ON-> PatchTST")]
    [InlineData("DeepSeek-R1-Zero直接在DeepSeek-V3-Base上用GRPO做强化学习。", "DeepSeek-R1-Zero -BUILDS_ON-> DeepSeek-V3-Base")]
    public void Should_Read_A_Work_Extended_Into_A_Glossed_Name_Tuned_On_A_Base_Proposed_By_Inspired_People_Versioned_Or_Reinforced_As_Building_On(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("MuZero在围棋上达到了AlphaZero的水平。", "MuZero -COMPARED_WITH-> AlphaZero")]
    [InlineData("Mistral 7B在代码任务上则接近Code Llama 7B的水平。", "Mistral 7B -COMPARED_WITH-> Code Llama-7B")]
    [InlineData("RLOO和GRPO思路非常相似。", "RLOO -COMPARED_WITH-> GRPO")]
    [InlineData("与批归一化（Batch Normalization）在batch维度上统计不同，LayerNorm对单个样本计算。", "Layer Normalization -COMPARED_WITH-> Batch Normalization")]
    [InlineData("Pre-LN的最终效果往往略逊于训练成功的Post-LN。", "Pre-LN -COMPARED_WITH-> Post-LN")]
    [InlineData("ViT只在ImageNet-1k上训练时打不过同等规模的ResNet。", "ViT -COMPARED_WITH-> ResNet")]
    public void Should_Read_A_Work_That_Reaches_Another_Is_Alike_Differs_After_A_Description_Or_Loses_As_Compared_With_It(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("ViT-Base和ViT-Large上结论一致。", "ViT-Base -COMPARED_WITH-> ViT-Large")]
    public void Should_Not_Read_Works_That_Agree_As_Compared(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, Edges(body));
    }

    [Theory]
    [InlineData("Vicuna是在ShareGPT对话数据上微调LLaMA得到的聊天模型。", "Vicuna -BUILDS_ON-> LLaMA")]
    [InlineData("Codex是在GitHub代码上微调的GPT-3模型。", "Codex -BUILDS_ON-> GPT-3")]
    public void Should_Read_A_Model_Tuned_From_Another_As_Building_On_It(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Read_A_Class_After_The_Tuned_Origin_As_What_The_Model_Is()
    {
        var edges = Edges("OcularChat是一个基于Qwen2.5-VL微调的多模态大语言模型，通过医患模拟对话训练。");

        Assert.Contains("OcularChat -IS_A-> MLLM", edges);
        Assert.DoesNotContain("OcularChat -BUILDS_ON-> MLLM", edges);
    }

    [Fact]
    public void Should_Read_What_A_Work_Adds_On_The_Basis_Of_Another_As_Used()
    {
        var edges = Edges("DeepSeek-V2在DeepSeekMoE的基础上引入了多头潜在注意力（Multi-head Latent Attention，MLA），大幅压缩了KV缓存。");

        Assert.Contains("DeepSeek-V2 -BUILDS_ON-> DeepSeekMoE", edges);
        Assert.Contains("DeepSeek-V2 -USES-> MLA", edges);
    }

    [Theory]
    [InlineData("ALiBi和RoPE都属于相对位置编码。", "RoPE -IS_A-> 相对位置编码")]
    [InlineData("与RoPE相比,ALiBi的外推能力更强。", "ALiBi -COMPARED_WITH-> RoPE")]
    [InlineData("相比Position Interpolation,NTK-aware Scaled RoPE不需要微调就能外推。", "NTK-aware Scaled RoPE -COMPARED_WITH-> Position Interpolation")]
    [InlineData("ByteTrack实现多目标跟踪，并在MOT17上评测。", "ByteTrack -APPLIED_TO-> 多目标跟踪")]
    [InlineData("ViT在中等规模的数据上不如同等规模的ResNet。", "ViT -COMPARED_WITH-> ResNet")]
    [InlineData("初步结论是，Vicuna-13B达到了ChatGPT约90%的水平。", "Vicuna-13B -COMPARED_WITH-> ChatGPT")]
    [InlineData("EfficientNetV2-M和SwinV2-B性能相近，而FooNet与GPT-4相差无几。", "FooNet -COMPARED_WITH-> GPT-4")]
    [InlineData("本文提出FooNet。算术推理方面,评估了GSM8K、SVAMP、ASDiv、AQuA和MAWPS五个基准。", "FooNet -EVALUATED_ON-> ASDiv")]
    [InlineData("本文提出FooNet。在大学水平的综合多学科基准MMMU上,FooNet的得分为64.5%。", "FooNet -EVALUATED_ON-> MMMU")]
    [InlineData("本文提出Toolformer。在LAMA基准的SQuAD、Google-RE和T-REx子集上，Toolformer学会了调用问答工具。", "Toolformer -EVALUATED_ON-> T-REx")]
    [InlineData("本文提出FC-Track。在MOT17测试集上获得81.73 MOTA。", "FC-Track -EVALUATED_ON-> MOT17")]
    [InlineData("本文将LDM范式应用到计算量更大的高分辨率视频生成上,提出了Video LDM。", "Video LDM -APPLIED_TO-> 视频生成")]
    [InlineData("Kimodo通过大规模动捕数据训练，实现了高质量、可控制的人体运动生成。", "Kimodo -APPLIED_TO-> 运动生成")]
    [InlineData("GPT-3是由OpenAI提出的大语言模型。", "GPT-3 -IS_A-> LLM")]
    [InlineData("ViT将Transformer引入计算机视觉领域,在ImageNet上取得了很好的效果。", "ViT -USES-> Transformer")]
    [InlineData("我们在LongBench上评测了ReRoPE和NTK-aware Scaled RoPE。", "NTK-aware Scaled RoPE -EVALUATED_ON-> LongBench")]
    public void Should_Read_Classes_Comparisons_And_Uses_As_Blog_Prose_Writes_Them(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Let_A_Paper_The_Sentence_Names_Introduce_A_Settled_Technique_But_Not_The_Article()
    {
        Assert.Contains("Attention Is All You Need -INTRODUCES-> Transformer", Edges("Transformer出自论文《Attention Is All You Need》,由Vaswani等人于2017年提出。"));
        Assert.DoesNotContain(Edges("作者 A Bo 摘要 本文提出三层层次化Transformer，用于长文档分类。", "Hierarchical Models"), e => e.EndsWith("-INTRODUCES-> Transformer", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Read_A_Name_After_A_Dash_That_Ends_A_Long_Description_As_Proposed()
    {
        var edges = Edges("作者 A Bo 摘要 本文提出了一种以记忆为中心的人工智能架构——动态要点记忆模型（DGMM），用于持续学习。", "A Memory-Centric Architecture");

        Assert.Contains("A Memory-Centric Architecture -INTRODUCES-> DGMM", edges);
    }

    [Fact]
    public void Should_Read_A_Task_Whose_Performance_A_Method_Improves_As_Applied_To_From_The_Sample()
    {
        var edges = Edges("最近,笔者引入了一种新的位置编码方法——ReRoPE (Rectified Rotary Position Embeddings),通过这种方法,可以显著提升模型在长度外推上的性能。");

        Assert.Contains(edges, e => e.StartsWith("ReRoPE -APPLIED_TO->", StringComparison.Ordinal));
        Assert.DoesNotContain(edges, e => e.StartsWith("ReRoPE -EVALUATED_ON->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Take_A_Name_Inside_What_An_Object_Word_Takes_As_The_Subject()
    {
        var edges = Edges("作者 A Bo 摘要 OmniMem是一种显式记忆检索框架，通过稀疏KV检索解决自回归视频生成中缓存访问成本高的问题。", "OmniMem: Memory Retrieval");

        Assert.Contains("OmniMem -APPLIED_TO-> 视频生成", edges);
        Assert.DoesNotContain("KV -APPLIED_TO-> 视频生成", edges);
    }

    [Fact]
    public void Should_Not_Continue_A_Name_That_A_Modifier_Opening_With_An_Object_Word_Leads_To()
    {
        var edges = Edges("作者 A Bo 摘要 SuCor是一种校正畸变的方法。 方法 将EPI对的畸变场建模为强度剖面之间的Wasserstein-2重心位移，通过Morozov差异原则自动选择正则化强度。", "SuCor: Distortion Correction");

        Assert.Contains("SuCor -USES-> Morozov", edges);
        Assert.DoesNotContain("Wasserstein-2 -USES-> Morozov", edges);
    }

    [Theory]
    [InlineData("本文提出DefocusTracker方法。通过对比Faster R-CNN和YOLOv9两种模型，发现YOLOv9更优。", "DefocusTracker -COMPARED_WITH-> Faster R-CNN", false)]
    [InlineData("本文提出DefocusTracker方法。系统比较文档训练与GRPO方法。", "DefocusTracker -COMPARED_WITH-> GRPO", false)]
    [InlineData("本文提出TrueMem记忆方法。在LoCoMo基准上达到93.0%准确率（对比Mem0 61.4%）。", "TrueMem -COMPARED_WITH-> Mem0", true)]
    public void Should_Compare_The_Subject_Only_With_What_Follows_A_Comparison_Verb_Alone(string body, string edge, bool found)
    {
        Assert.Equal(found, Edges(body).Contains(edge));
    }

    [Fact]
    public void Should_Give_No_Subject_To_The_Clauses_Of_A_Sentence_About_A_Benchmark()
    {
        var edges = Edges("本文提出Active Elo评估方法。1) CV-Arena基准：包含12K图像-指令对，通过CogRetriever检索管线构建。");

        Assert.DoesNotContain("Active Elo -USES-> CogRetriever", edges);
    }

    [Fact]
    public void Should_Keep_The_Articles_Subject_When_The_Benchmark_Opening_The_Sentence_Is_Where_It_Works()
    {
        var edges = Edges("本文提出FooNet检测方法。ImageNet上的实验表明，通过CogRetriever检索提升了精度。");

        Assert.Contains("FooNet -USES-> CogRetriever", edges);
    }

    [Fact]
    public void Should_Read_A_Foundational_Work_Named_Before_Its_Successor_From_The_Sample()
    {
        var edges = Edges("SSM在深度学习中的应用起源于S4,但在S4之前有一篇重要的奠基之作《HiPPO: Recurrent Memory with Optimal Polynomial Projections》(简称HiPPO)。");

        Assert.Contains("S4 -BUILDS_ON-> HiPPO", edges);
        Assert.DoesNotContain("HiPPO -BUILDS_ON-> S4", edges);
    }

    [Theory]
    [InlineData("3DGS是一种新的场景表示。在Mip-NeRF 360数据集、Tanks and Temples和Deep Blending上，3DGS的画质更好。", "从NeRF到3DGS", "3DGS -EVALUATED_ON-> Tanks and Temples")]
    [InlineData("在MIMIC-IV-Ext心脏病数据集和MedCDM数据集上，DxChain在诊断准确性上达到SOTA。", "T", "DxChain -EVALUATED_ON-> MedCDM")]
    [InlineData("本文提出CulBench基准数据集和ReaScore评估指标，用于细粒度评估推理质量。", SummaryTitle, SummaryTitle + " -INTRODUCES-> ReaScore")]
    public void Should_Read_A_List_Whose_First_Member_Has_Its_Class_Noun_Before_The_Next(string body, string title, string edge)
    {
        Assert.Contains(edge, Edges(body, title));
    }

    [Theory]
    [InlineData("我们采用强化学习框架TaskMem。", "TaskMem -IS_A-> 强化学习")]
    [InlineData("PolicyNet本质上是一种强化学习方法。", "PolicyNet -IS_A-> 强化学习")]
    [InlineData("VocoNet可以看作一个扩散模型。", "VocoNet -IS_A-> 扩散模型")]
    [InlineData("从训练目标看，FlowMix相当于一种扩散模型。", "FlowMix -IS_A-> 扩散模型")]
    [InlineData("团队随后开源了VisChat——一个端到端训练的多模态大语言模型。", "VisChat -IS_A-> MLLM")]
    [InlineData("论文提出了VisChat，这是一个端到端训练的多模态大语言模型，连接视觉编码器与语言模型。", "VisChat -IS_A-> MLLM")]
    [InlineData("本文提出一种并行的端到端TTS方法VITS。", "VITS -APPLIED_TO-> 语音合成")]
    [InlineData("GraphQuant，一种基于近似二阶信息的一次性目标检测方法，兼顾效率与精度。", "GraphQuant -APPLIED_TO-> 目标检测")]
    [InlineData("Mamba-3B在LAMBADA、HellaSwag、PIQA等零样本评测上超过同等规模的Transformer。", "Mamba-3B -EVALUATED_ON-> HellaSwag")]
    [InlineData("MoCo在ImageNet线性评估上取得了有竞争力的结果。", "MoCo -EVALUATED_ON-> ImageNet")]
    public void Should_Read_A_Class_Or_Task_Named_Before_A_Work_Or_Its_Head_Word_And_A_Counted_Or_Described_Evaluation(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("SimVA有效将CLIP迁移到视频动作识别任务中。", "SimVA -APPLIED_TO-> 动作识别")]
    [InlineData("WAFT为立体匹配领域提供了新的设计思路。", "WAFT -APPLIED_TO-> 立体匹配")]
    [InlineData("GenNet的主要目标是语言建模。", "GenNet -APPLIED_TO-> 语言建模")]
    [InlineData("WGAN采取了简单的权重裁剪（weight clipping）。", "WGAN -USES-> weight clipping")]
    [InlineData("BYOL在ImageNet线性评估上以ResNet-50达到了74.3%的top-1准确率。", "BYOL -USES-> ResNet-50")]
    public void Should_Read_The_Field_Or_Aim_Of_A_Work_And_What_It_Takes_Or_Reaches_A_Result_With(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("FlashAttention与Linformer、Performer、Reformer等近似及稀疏注意力方法做了基准测试。", "Flash Attention -COMPARED_WITH-> Performer")]
    [InlineData("3DGS的训练时间与Instant-NGP、Plenoxels处在同一量级。", "3DGS -COMPARED_WITH-> Plenoxels")]
    public void Should_Read_A_Comparison_With_A_Described_List_Or_At_The_Same_Level(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("FlashAttention是一种IO感知的精确注意力算法。作者同时与Linformer、Performer、Reformer等近似及稀疏注意力方法做了基准测试。", "Flash Attention -COMPARED_WITH-> Reformer")]
    [InlineData("GloVe是斯坦福提出的词向量。它统计共现矩阵。作者在命名实体识别（NER）上做了评估。", "GloVe -EVALUATED_ON-> 命名实体识别")]
    public void Should_Read_The_Authors_A_Blog_Reports_On_As_The_Work_It_Retells_There(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "注意力与词向量漫谈"));
    }

    [Fact]
    public void Should_Not_Take_A_List_Item_For_The_Work_A_Blog_Retells()
    {
        var edges = Edges("ToT把推理组织成树。（3）状态评估器（State Evaluator），给每个状态打分。（4）搜索算法，作者使用了广度优先搜索（BFS）和深度优先搜索（DFS）。", "思维树详解");

        Assert.DoesNotContain("State Evaluator -USES-> BFS", edges);
    }

    [Fact]
    public void Should_Not_Read_A_List_Of_Benchmarks_As_A_Comparison()
    {
        Assert.DoesNotContain("FindingDory -COMPARED_WITH-> HourVideo", Edges("在FindingDory和HourVideo等具有挑战性的长视频问答基准测试中取得了最先进的结果。"));
    }

    [Theory]
    [InlineData("Ian Goodfellow与Yoshua Bengio等人在NIPS上发表《Generative Adversarial Nets》，首次提出了GanNet框架。", "Generative Adversarial Nets -INTRODUCES-> GanNet")]
    [InlineData("Yoshua Bengio等人在《A Neural Probabilistic Language Model》中就训练了一个前馈神经网络语言模型（NNLM）。", "A Neural Probabilistic Language Model -INTRODUCES-> NNLM")]
    public void Should_Read_What_A_Retold_Paper_First_Proposed_Or_Trained(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "生成模型简史"));
    }

    [Theory]
    [InlineData("GPTQ在作者此前提出的最优脑量化（Optimal Brain Quantization，OBQ）的基础上改进而来。", "GPTQ -BUILDS_ON-> OBQ")]
    [InlineData("InfoNCE损失源自Aaron van den Oord等人提出的CPC（Contrastive Predictive Coding）。", "InfoNCE -BUILDS_ON-> CPC")]
    [InlineData("InCTRLv2基于先前提出的InCTRL模型，引入了双分支框架。", "InCTRLv2 -BUILDS_ON-> InCTRL")]
    [InlineData("FlanNet以LM-adapted版本的T5为底座。", "FlanNet -BUILDS_ON-> T5")]
    [InlineData("ViMask把BERT式的掩码建模搬到了图像上。", "ViMask -BUILDS_ON-> BERT")]
    public void Should_Read_A_Basis_Described_By_Who_Proposed_It_Or_How_It_Is_Taken(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Not_Read_What_A_Basis_Description_Names_As_The_Basis_Of_What_Was_Made_On_It()
    {
        Assert.DoesNotContain("HDPO -BUILDS_ON-> Metis", Edges("本文提出HDPO框架。基于HDPO框架开发的Metis模型在广泛评估中减少了工具调用次数。"));
    }

    [Theory]
    [InlineData("现有方法缓解LLM幻觉。", "幻觉 -IS_A-> LLM")]
    [InlineData("提出了创新的双自一致性强化学习优化方法，其模型SciTikZer-8B在性能上超越了大型专有模型。", "SciTikZer-8B -IS_A-> 强化学习")]
    public void Should_Not_Read_A_Compound_Of_Two_Names_Or_An_Anaphor_Before_A_Head_Word_As_A_Class(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Theory]
    [InlineData("本文提出VisChat，一个多模态模型。视觉编码器选用预训练的CLIP ViT-L/14，语言模型选用Vicuna，二者通过线性投影层相连。", "VisChat -USES-> Vicuna", "CLIP ViT-L/14 -USES-> Vicuna")]
    [InlineData("PixGAN是一种生成模型。PixGAN的生成器采用ReLU激活，判别器则使用LeakyReLU。", "PixGAN -USES-> LeakyReLU", "ReLU -USES-> LeakyReLU")]
    public void Should_Read_What_A_Part_Named_By_Its_Role_Uses_As_Used_By_The_Whole_Not_By_A_Name_Before(string body, string edge, string wrong)
    {
        var edges = Edges(body);

        Assert.Contains(edge, edges);
        Assert.DoesNotContain(wrong, edges);
    }

    [Fact]
    public void Should_Read_A_Mechanism_Used_Inside_A_Named_Model_From_The_Sample()
    {
        var edges = Edges("在最新的 DeepSeek-V2 语言模型中,多头潜在注意力机制 (Multi-head Latent Attention, MLA) 作为一种创新架构,被设计用来保证高效的推理过程。");

        Assert.Contains("DeepSeek-V2 -USES-> MLA", edges);
        Assert.DoesNotContain("DeepSeek-V2 -USES-> Attention", edges);
    }

    [Fact]
    public void Should_Not_Read_Use_From_A_Model_Merely_Named_Near_A_Mechanism()
    {
        Assert.DoesNotContain("DeepSeek-V2 -USES-> MLA", Edges("DeepSeek-V2 发布之后,MLA 引起了广泛讨论。"));
    }

    [Fact]
    public void Should_Give_One_Edge_Per_Member_Of_A_Coordinated_List()
    {
        var edges = Edges("作者 Wen Xu 摘要 我们提出了FooNet模型。我们在ImageNet、COCO和MNIST上进行了实验。", "FooNet: A Test");

        Assert.Contains("FooNet -EVALUATED_ON-> ImageNet", edges);
        Assert.Contains("FooNet -EVALUATED_ON-> COCO", edges);
        Assert.Contains("FooNet -EVALUATED_ON-> MNIST", edges);
    }

    [Fact]
    public void Should_Resolve_A_Dropped_Subject_To_The_Entity_Of_An_Earlier_Clause()
    {
        var edges = Edges("U-Net最早出自论文《U-Net: Convolutional Networks for Biomedical Image Segmentation》,其特点是输入和输出的大小一致,适合图像分割任务。");

        Assert.Contains("U-Net -APPLIED_TO-> 图像分割", edges);
        Assert.Contains("U-Net: Convolutional Networks for Biomedical Image Segmentation -INTRODUCES-> U-Net", edges);
    }

    [Fact]
    public void Should_Read_The_Architecture_Base_Of_A_Model_Named_After_It()
    {
        var edges = Edges("选用了基于GPTNeoX架构的Pythia系列LLMs,这些模型在预训练阶段已经学习了大量的通用网络数据。");

        Assert.Contains("Pythia -USES-> GPTNeoX", edges);
        Assert.DoesNotContain("Pythia -BUILDS_ON-> GPTNeoX", edges);
    }

    [Fact]
    public void Should_Not_Link_Through_A_Cue_Whose_Object_Is_Not_An_Entity()
    {
        // 基于 + a plain noun phrase (抽象标准): no edge, whatever entities the sentence holds.
        Assert.Empty(Edges("Luban不仅能在视觉上检查其设计,还能基于抽象标准来评估创作的实用性。"));
    }

    [Fact]
    public void Should_Not_Fall_Back_To_The_Main_Method_When_The_Clause_Names_Another_Subject()
    {
        var edges = Edges("作者 Wen Xu 摘要 我们提出了NTKEval方法。现有的研究主要关注LLMs在数学问题解决中的表现。", "NTKEval: A Test");

        Assert.DoesNotContain(edges, e => e.Contains("EVALUATED_ON", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Introduce_What_A_Proposal_Is_Only_Based_On()
    {
        var edges = Edges("作者 Kaifeng Wu 摘要 提出基于Qwen3-0.6B的判别式长文档主题分割模型。", "Toward General Semantic Chunking: A Discriminative Framework");

        Assert.DoesNotContain(edges, e => e.Contains("INTRODUCES-> Qwen3-0.6B", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Introduce_A_Name_That_Only_Modifies_What_Is_Proposed()
    {
        var edges = Edges("作者 Anurag Das 摘要 本文提出CLIP引导的测试时训练方法ClipTTT,利用CLIP提升效果。", "ClipTTT: CLIP-Guided Test-Time Training Helps LVLMs See Better");

        Assert.DoesNotContain(edges, e => e.EndsWith("-INTRODUCES-> CLIP", StringComparison.Ordinal));
        Assert.Contains("ClipTTT -USES-> CLIP", edges);
    }

    [Fact]
    public void Should_Not_Give_A_Sentence_About_Existing_Work_To_The_Main_Method()
    {
        var edges = Edges(
            "作者 Li Wei 摘要 本文提出HGFNet方法。现有高光谱图像分类方法存在两个主要限制：基于Transformer的方法因自注意力二次复杂度导致可扩展性差；现有模型在Indian Pines上表现不佳。",
            "HGFNet: Hyperspectral Classification");

        Assert.DoesNotContain(edges, e => e.StartsWith("HGFNet -BUILDS_ON->", StringComparison.Ordinal));
        Assert.DoesNotContain(edges, e => e.StartsWith("HGFNet -EVALUATED_ON->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Still_Give_An_Unnamed_Subject_Outside_Existing_Work_To_The_Main_Method()
    {
        var edges = Edges(
            "作者 Li Wei 摘要 本文提出HGFNet方法。基于Transformer的编码器提取光谱特征；在Indian Pines上取得96.5%的总体精度。",
            "HGFNet: Hyperspectral Classification");

        Assert.Contains("HGFNet -BUILDS_ON-> Transformer", edges);
        Assert.Contains("HGFNet -EVALUATED_ON-> Indian Pines", edges);
    }

    [Fact]
    public void Should_Not_Read_Across_A_Comparison_Verb_To_A_Cue_Of_Another_Subject()
    {
        // 基于BPE modifies the Transformer that ByteFlow Net beats; it says nothing about what ByteFlow Net is based on.
        var edges = Edges("实验表明，ByteFlow Net在性能上超越基于BPE的Transformer。");

        Assert.DoesNotContain("ByteFlow Net -BUILDS_ON-> BPE", edges);
    }

    [Fact]
    public void Should_Not_Take_The_Benchmark_Or_Model_Something_Is_Done_On_As_The_Subject()
    {
        var edges = Edges(
            "作者 Li Wei 摘要 本文提出BEACON框架。在ALFWorld和ScienceWorld上显著优于GRPO；12条轨迹下，GPT-5-mini在BrowseComp-Plus上超越GPT-5。",
            "BEACON: Milestone-Guided Agents");

        Assert.Contains("BEACON -COMPARED_WITH-> GRPO", edges);
        Assert.Contains("GPT-5 mini -COMPARED_WITH-> GPT-5", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("ScienceWorld -", StringComparison.Ordinal) || e.StartsWith("BrowseComp-Plus -", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Continue_The_Name_A_Sentence_Opens_With_Into_Its_Subjectless_Clauses()
    {
        var edges = Edges("AGD-MBRL引入优势引导扩散模型解决MBRL中的短视问题，通过SAG和EAG两种引导方法提升采样效率。");

        Assert.Contains("AGD-MBRL -USES-> SAG", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("MBRL -USES->", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2021年旷视(Megvii)推出的YOLOX转向anchor-free设计，配合解耦头(decoupled head)和SimOTA标签分配。", "YOLOX -USES-> SimOTA")]
    [InlineData("Meta开源的大模型Llama 2在预训练阶段，采用了分组查询注意力（GQA）。", "Llama 2 -USES-> GQA")]
    [InlineData("后续的FooNet专门面向无界场景，采用了BarNet。", "FooNet -USES-> BarNet")]
    public void Should_Continue_The_Name_That_A_Maker_Or_A_Next_Step_Opening_A_Sentence_Modifies_Into_Its_Subjectless_Clauses(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("作者提出了BarLoss。它使用BazNet。", "BarLoss -USES-> BazNet")]
    [InlineData("作者提出了BarLoss。该方法使用BazNet。", "BarLoss -USES-> BazNet")]
    [InlineData("作者提出了类别先验保持损失(class-specific prior preservation loss)，它是DreamBooth的核心。", "class-specific prior preservation loss -PART_OF-> DreamBooth")]
    public void Should_Read_An_Anaphor_Subject_As_What_Its_Sentence_Or_The_One_Before_Introduced(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Keep_A_Summarys_Anaphor_Subject_Its_Own_Method_Whatever_The_Sentence_Before_Introduced()
    {
        var edges = Edges(
            "作者 Li Wei 摘要 本文提出FooNet方法，包含两个核心组件：(1) 事件分区掩码(Event-Partitioned Masking)；(2) 跨事件提示融合(Cross-Event Prompt Fusion)用于注入相邻事件语义。该方法使用BazNet。",
            "FooNet: A Method");

        Assert.Contains("FooNet -USES-> BazNet", edges);
        Assert.DoesNotContain("Cross-Event Prompt Fusion -USES-> BazNet", edges);
    }

    [Theory]
    [InlineData("传统序列推荐模型GRU4Rec和Caser都依赖ID。", "Caser -APPLIED_TO-> 序列推荐")]
    [InlineData("本文使用序列推荐模型GRU4Rec作为基线。", "GRU4Rec -APPLIED_TO-> 序列推荐")]
    [InlineData("作者提出的系统级优化解决了DiT视频生成模型的内存瓶颈。", "DiT -APPLIED_TO-> 视频生成")]
    [InlineData("本文首次将稀疏自编码器(SAE)应用于语音识别模型Whisper。", "Whisper -APPLIED_TO-> 语音识别")]
    public void Should_Read_A_Task_Named_With_A_Works_Class_Noun_Whatever_The_Name_Does_In_The_Sentence(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("T", "SegNet主要在CamVid道路场景和SUN RGB-D室内场景上进行了评估。", "SegNet -EVALUATED_ON-> SUN RGB-D")]
    [InlineData("4DVLT: Dynamic Scene Understanding", "本文提出4DVLT任务和Instruct-4D基准，用于指令驱动的4D动态场景理解。", "4DVLT: Dynamic Scene Understanding -INTRODUCES-> Instruct-4D")]
    public void Should_Read_A_List_Whose_Members_A_Scene_Or_Task_Noun_Follows(string title, string body, string edge)
    {
        Assert.Contains(edge, Edges(body, title));
    }

    [Fact]
    public void Should_Read_What_Versions_Of_A_Work_Use_As_Used_By_The_Work()
    {
        Assert.Contains("Llama 2 -USES-> GQA", Edges("Llama 2的34B和70B版本采用分组查询注意力（GQA）。"));
    }

    [Fact]
    public void Should_Not_Read_An_Unknown_Name_Before_A_Task_And_Class_Noun_As_The_Work()
    {
        Assert.DoesNotContain(Edges("本文提出了一种两阶段PCB缺陷检测框架，在DsPCBSD+数据集上实现了85.5% mAP。"), e => e.StartsWith("PCB -APPLIED_TO->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Take_What_A_Part_After_A_Semicolon_Introduces_As_The_Subject_Before_It()
    {
        var edges = Edges(
            "Alexey Bochkovskiy和Chien-Yao Wang在2020年发布YOLOv4,主干采用CSPDarknet53。Ultralytics公司用PyTorch实现并发布了YOLOv5,它没有对应的论文。"
            + "2021年旷视(Megvii)推出的YOLOX转向anchor-free设计,配合解耦头(decoupled head)和SimOTA标签分配;2022年美团发布YOLOv6,同年Chien-Yao Wang等人又提出了以E-ELAN为核心结构的YOLOv7。");

        Assert.Contains("YOLOX -USES-> SimOTA", edges);
        Assert.DoesNotContain(edges, e => e.EndsWith("-USES-> SimOTA", StringComparison.Ordinal) && !e.StartsWith("YOLOX", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("本文提出一种改进的知识蒸馏框架，利用VGG16教师网络向轻量级MobileNetV2学生网络迁移知识。", "知识蒸馏 -USES-> VGG16")]
    [InlineData("所提出的自包含FooNet飞轮在BarBench上，采用了BazNet。", "FooNet -USES-> BazNet")]
    public void Should_Not_Continue_A_Name_Behind_Another_Modifier_Into_Subjectless_Clauses(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Fact]
    public void Should_Read_A_Subjectless_Clause_That_Gives_An_Example_Of_What_The_Work_Does()
    {
        Assert.Contains("Chinchilla -USES-> AdamW", Edges("Chinchilla在Gopher的架构基础上做了少量修改，例如使用AdamW优化器。"));
    }

    [Fact]
    public void Should_Keep_A_Sentence_That_Opens_With_The_Article_About_Its_Main_Method()
    {
        // The encoder named inside the sentence is a part of the framework, not what is evaluated.
        var edges = Edges(
            "作者 Li Wei 摘要 本文提出HGFNet框架。本文通过多尺度VAE和修正流模型生成网格，在DyMesh基准上取得优异性能。",
            "HGFNet: Mesh Generation with Rectified Flows");

        Assert.Contains("HGFNet -EVALUATED_ON-> DyMesh", edges);
        Assert.DoesNotContain(edges, e => e.EndsWith("-EVALUATED_ON-> DyMesh", StringComparison.Ordinal) && !e.StartsWith("HGFNet", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Take_What_A_Clause_Uses_As_The_Subject_Of_The_Next()
    {
        // DWI is what the method uses (利用DWI), not who uses the algorithm in the next clause.
        var edges = Edges(
            "作者 Li Wei 摘要 提出ProstaLoc方法。仅使用T2加权图像，在训练时利用DWI作为潜在模态，通过EM算法和Flow Matching实现优越的癌症定位性能。",
            "ProstaLoc: Prostate Cancer Localization from T2-Weighted MRI");

        Assert.DoesNotContain(edges, e => e.StartsWith("DWI -", StringComparison.Ordinal));
        Assert.DoesNotContain(Edges("作者 Li Wei 摘要 提出SatBLIP框架。3）用CLIP编码描述，通过注意力机制与LLM生成的嵌入融合。"), e => e.StartsWith("CLIP -", StringComparison.Ordinal));
        Assert.Contains(edges, e => e.StartsWith("ProstaLoc -USES->", StringComparison.Ordinal) && e.EndsWith("Flow Matching", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("作者 Li Wei 摘要 提出了一种名为RiM（Reasoning in Memory）的潜在推理方法，用固定记忆块替换推理步骤。", "RiM")]
    [InlineData("作者 Li Wei 摘要 该论文提出了首个大规模多领域小目标检测数据集TinySet-9M，并建立了基准。", "TinySet-9M")]
    [InlineData("作者 Li Wei 摘要 本文提出三种框架（HiLo、HLPrompt、VLPrompt）解决广义类别发现中的域偏移问题。", "HLPrompt")]
    [InlineData("作者 Li Wei 摘要 发现注意力坍缩问题，并提出通用的注意力纠正框架Semantic Probe，在四个基准上取得SOTA。", "Semantic Probe")]
    [InlineData("作者 Li Wei 摘要 基于此提出无需训练的Attn-Sampler解码算法，并引入块注意力近似。", "Attn-Sampler")]
    [InlineData("作者 Li Wei 摘要 本文系统分析了扩散模型生成图像在分割中的效用，并提出了统一框架SENSE。", "SENSE")]
    [InlineData("作者 Li Wei 摘要 本文提出超轻量级分割网络UltraSeg（130K和500K参数），在无GPU的设备上实现实时分割。", "UltraSeg")]
    [InlineData("作者 Li Wei 摘要 提出特征熵优化的邻域致密化策略EntON，减少冗余高斯。", "EntON")]
    [InlineData("作者 Li Wei 摘要 本文发现传统评估指标存在偏差，提出无参考评估指标ReconScore。", "ReconScore")]
    [InlineData("作者 Li Wei 摘要 首次将SNN应用于语音识别，提出端到端架构SpikeASR，显著降低能耗。", "SpikeASR")]
    [InlineData("作者 Li Wei 摘要 发现现有模型在MMLU上存在捷径，并提出去偏方法DeShort。", "DeShort")]
    public void Should_Read_What_A_Summary_Proposes_After_A_Naming_Word_Or_A_Long_Description_From_Corpus_Summaries(string body, string name) =>
        Assert.Contains($"{SummaryTitle} -INTRODUCES-> {name}", PipelineRun.Edges(PipelineRun.Extract(SummaryTitle, body)));

    [Theory]
    [InlineData("本文提出Penguin-VL，一种紧凑型视觉语言模型，通过文本LLM初始化视觉编码器。", "Penguin-VL -IS_A-> VLM", true)]
    [InlineData("提出Rhetor，一个多智能体系统，能够从Web应用生成演示视频。", "Rhetor -IS_A-> 多智能体系统", true)]
    [InlineData("Harmonic是一种层次化状态空间模型，堆叠三个不同时间尺度的循环层级。", "Harmonic -IS_A-> SSM", true)]
    [InlineData("该研究提出了LLaVA-LE，一个专门用于月球表面和次表面特征分析的多模态视觉语言模型，在新基准上超越基线。", "LLaVA-LE -IS_A-> VLM", true)]
    [InlineData("Granulon是一种基于DINOv3的多模态大语言模型，通过自适应粒度增强机制解决视觉编码问题。", "Granulon -IS_A-> MLLM", true)]
    [InlineData("提出DiffSeg，一种基于扩散模型的分割方法。", "DiffSeg -IS_A-> 扩散模型", false)]
    public void Should_Read_The_Class_A_Name_Is_Of_From_Its_Description_From_Corpus_Summaries(string body, string edge, bool found) =>
        Assert.Equal(found, Edges(body).Contains(edge));

    [Theory]
    [InlineData("SegWithU是一个用于医学图像分割的后处理不确定性估计框架，通过轻量级不确定性头增强分割主干。", "SegWithU -APPLIED_TO-> 医学图像分割")]
    [InlineData("InstaVSR是一个轻量级扩散框架，用于高效视频超分辨率。", "InstaVSR -APPLIED_TO-> 视频超分辨率")]
    [InlineData("在多个多模态图基准上，Mario在节点分类和链接预测任务中取得最佳结果。", "Mario -EVALUATED_ON-> 链接预测")]
    [InlineData("EVA01基于Mixture-of-Transformers（MoT）架构，将3D网格集成到多模态大语言模型中。", "EVA-01 -USES-> MoT")]
    public void Should_Link_A_Method_To_A_Task_The_Field_Names_From_Corpus_Summaries(string body, string edge) =>
        Assert.Contains(edge, Edges(body));

    [Theory]
    [InlineData("现有基于SDE的GRPO方法在此场景下面临挑战。", "GRPO -BUILDS_ON-> ")]
    [InlineData("基于Transformer的U-Net变体在分割任务中表现更优。", "U-Net -BUILDS_ON-> ")]
    [InlineData("提出了一种FiLM协调的双分支Transformer，通过特征线性调制（FiLM）动态协调全局分支和局部分支。", "Transformer -USES-> ")]
    [InlineData("提出基于可学习迭代收缩阈值算法(LISTA)的稀疏Transformer，在CWRU数据集上达到98.5%的故障识别率。", "Transformer -")]
    [InlineData("现有基于3DGS的SLAM系统存在锯齿伪影和轨迹漂移问题。", "SLAM -BUILDS_ON-> ")]
    [InlineData("现有基于大语言模型的BEL方法计算效率低、难以实际部署。", "BEL -BUILDS_ON-> ")]
    [InlineData("LLM虽能为有效变换提供强先验，但当前基于LLM的FT方法依赖静态演示。", "FT -BUILDS_ON-> ")]
    [InlineData("实验表明，现有基于LLM的KGQA方法在该数据集上表现不佳。", "KGQA -BUILDS_ON-> ")]
    [InlineData("本文提出ImageHD，一种基于超维计算（HDC）的FPGA加速器，用于设备上的视觉数据持续学习。", "FPGA -")]
    public void Should_Not_Say_Of_A_Known_Technique_What_A_Sentence_Says_Of_Its_Variant_From_Corpus_Summaries(string body, string edgeStart)
    {
        Assert.DoesNotContain(Edges(body), e => e.StartsWith(edgeStart, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Keep_What_A_Sentence_Says_Of_A_New_Name_A_Model_Or_The_Original_Technique()
    {
        Assert.Contains("HGFNet -BUILDS_ON-> 扩散模型", Edges("基于扩散模型的HGFNet采用LoRA进行微调。"));
        Assert.Contains("Gemini -BUILDS_ON-> MoE", Edges("基于MoE的Gemini模型达到公平一致性。"));
        Assert.Contains("Transformer -USES-> Self-Attention", Edges("标准的Transformer使用自注意力建模全局依赖。"));
        Assert.Contains("YOLO-Fast -BUILDS_ON-> YOLOv5", Edges("我们设计了一种基于YOLOv5的轻量检测算法YOLO-Fast，可部署在边缘设备上。"));
    }

    [Fact]
    public void Should_Keep_What_A_Sentence_Says_Of_A_Known_Technique_The_Paper_Introduces()
    {
        var edges = Edges("作者 Olaf Ronneberger 摘要 本文提出U-Net。基于全卷积网络的U-Net采用跳跃连接。", "U-Net: Convolutional Networks for Biomedical Image Segmentation");

        Assert.Contains(edges, e => e.StartsWith("U-Net -USES-> ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("作者 Li Wei 摘要 提出三层层次化Transformer，将时序编码和场景交互推理显式分离。", "Transformer")]
    [InlineData("作者 Li Wei 摘要 提出一种新的知识蒸馏框架，通过探针预测训练学生。", "知识蒸馏")]
    public void Should_Not_Read_A_Settled_Technique_As_What_A_Paper_Proposes_From_Corpus_Summaries(string body, string technique)
    {
        Assert.DoesNotContain($"{SummaryTitle} -INTRODUCES-> {technique}", PipelineRun.Edges(PipelineRun.Extract(SummaryTitle, body)));
    }

    [Theory]
    [InlineData("作者 Li Wei 摘要 提出多尺度补丁Transformer（MPDiT），通过早期块使用大补丁捕获全局上下文。", "MPDiT")]
    [InlineData("作者 Li Wei 摘要 本文提出了一种基于模型的强化学习(Model-Based Reinforcement Learning,MBRL)方法。", "MBRL")]
    public void Should_Read_What_A_Paper_Proposes_From_The_Name_In_Brackets_After_Its_Description(string body, string name)
    {
        Assert.Contains($"{SummaryTitle} -INTRODUCES-> {name}", PipelineRun.Edges(PipelineRun.Extract(SummaryTitle, body)));
    }

    [Theory]
    [InlineData("作者 Li Wei 摘要 提出保符号排序准则（精化DLA + 置换FDR），结合路径修补验证每个候选。", "FDR")]
    [InlineData("作者 Li Wei 摘要 提出一种面向视觉语言模型的剪枝框架（如GPT-4o），降低计算量。", "GPT-4o")]
    [InlineData("作者 Li Wei 摘要 提出了一种针对检索增强生成（HRAG）的攻击方法。", "HRAG")]
    public void Should_Not_Read_An_Item_Of_A_Formula_An_Example_Or_A_Purpose_As_What_A_Paper_Proposes(string body, string name)
    {
        Assert.DoesNotContain($"{SummaryTitle} -INTRODUCES-> {name}", PipelineRun.Edges(PipelineRun.Extract(SummaryTitle, body)));
    }

    [Fact]
    public void Should_Not_Give_A_Dropped_Subject_The_Nearest_Name_In_A_Sentence_About_An_Unnamed_Method_From_A_Corpus_Summary()
    {
        var edges = Edges("作者 Li Wei 摘要 本文提出将自适应采样形式化为马尔可夫决策过程（MDP），并训练轻量级采样控制器，显著优于ASC和ESC等强基线。", "Adaptive Sampling as Decision Making");

        Assert.DoesNotContain(edges, e => e.StartsWith("MDP -", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Still_Give_A_Subjectless_Template_The_Nearest_Name_In_A_Sentence_That_Opens_With_We_From_The_Sample()
    {
        var edges = Edges("我们利用视觉语言模型(Vision Language Models,VLMs),如InstructBLIP,对MMADE数据集进行训练,生成详细的医学图像描述。");

        Assert.Contains("InstructBLIP -USES-> MMADE", edges);
    }

    [Fact]
    public void Should_Keep_A_Sentence_About_What_The_Article_Uses_About_That_Thing_From_The_Sample()
    {
        var edges = Edges("本文提出了一种基于模型的强化学习(Model-Based Reinforcement Learning,MBRL)方法。本文使用的DYNAP-SE神经形态处理器架构,基于指数泄露积分发放(ExLIF)模型,实现了高效的神经元动态模拟。");

        Assert.Contains("MBRL -USES-> DYNAP-SE", edges);
        Assert.DoesNotContain("MBRL -BUILDS_ON-> ExLIF", edges);
    }

    [Theory]
    [InlineData("作者 Li Wei 摘要 提出PALS调度器。在vLLM框架中实现，无需模型重训练。", "PALS -USES-> vLLM")]
    [InlineData("作者 Li Wei 摘要 提出MBRL方法。实验在OpenAI Gym工具包中的Atari Pong视频游戏环境中进行。", "MBRL -USES-> OpenAI Gym")]
    [InlineData("作者 Li Wei 摘要 提出MBRL方法。实验在OpenAI Gym工具包中的Atari Pong视频游戏环境中进行。", "MBRL -EVALUATED_ON-> Atari Pong")]
    public void Should_Read_Software_That_Work_Is_Done_In_And_What_Experiments_Run_On_From_Corpus_Summaries_And_The_Sample(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("2. 提出APSAM模型：基于SAM构建，引入能量感知编码器。")]
    [InlineData("2) 提出APSAM模型：基于SAM构建，引入能量感知编码器。")]
    [InlineData("（2）提出APSAM模型：基于SAM构建，引入能量感知编码器。")]
    public void Should_Read_A_Dropped_Subject_After_A_List_Number_From_Corpus_Summaries(string item)
    {
        var extraction = PipelineRun.Extract(SummaryTitle, "作者 Li Wei 摘要 本文提出XSeg数据集。" + item);
        var edges = PipelineRun.Edges(extraction);

        Assert.Contains($"{SummaryTitle} -INTRODUCES-> APSAM", edges);
        Assert.Contains("APSAM -BUILDS_ON-> SAM", edges);
        Assert.Contains(extraction.Relations.AsImmutableArray(), r => r.Type == RelationType.Introduces && r.Evidence.Cue == "提出APSAM");
    }

    [Fact]
    public void Should_End_An_Object_List_At_A_Comma_Before_Chinese_Words_And_A_Bracket()
    {
        var edges = Edges("作者 A Bo 摘要 本文提出了两种新的地图表征方法（Point-Line和Spatial-Layout），相比传统表征（All-Black和Grid-Graph）能生成多样性更高的地图。", "Map Representations");

        Assert.Contains("Map Representations -INTRODUCES-> Spatial-Layout", edges);
        Assert.DoesNotContain("Map Representations -INTRODUCES-> All-Black", edges);
    }

    [Theory]
    [InlineData("VisNet在ImageNet零样本分类上达到76.4%。", "VisNet -EVALUATED_ON-> ImageNet")]
    [InlineData("VisNet在ImageNet零样本分类上达到76.4%。", "VisNet -EVALUATED_ON-> 零样本分类")]
    [InlineData("SegNeXt在COCO目标检测上做到了58.7的box AP，在ADE20K语义分割上是53.5 mIoU。", "SegNeXt -EVALUATED_ON-> ADE20K")]
    [InlineData("SegNeXt在COCO目标检测上做到了58.7的box AP，在ADE20K语义分割上是53.5 mIoU。", "SegNeXt -EVALUATED_ON-> 语义分割")]
    [InlineData("FeatNet是一种自监督视觉模型。作者在ImageNet线性评估、ADE20K语义分割以及图像检索等任务上进行了评估。", "FeatNet -EVALUATED_ON-> ADE20K")]
    [InlineData("FeatNet是一种自监督视觉模型。作者在ImageNet线性评估、ADE20K语义分割以及图像检索等任务上进行了评估。", "FeatNet -EVALUATED_ON-> 图像检索")]
    public void Should_Read_A_Benchmark_And_The_Task_Read_On_It_As_Settings(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "视觉模型评测笔记"));
    }

    [Theory]
    [InlineData("PlanNet在Atari游戏Pong中进行了实验。", "PlanNet -EVALUATED_ON-> Atari")]
    [InlineData("WorldCache在自动驾驶世界模型中进行了实验。", "WorldCache -EVALUATED_ON-> 自动驾驶")]
    public void Should_Not_Read_A_Name_That_Qualifies_The_Next_As_A_Setting(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Theory]
    [InlineData("提示方法漫谈")]
    [InlineData("T")]
    public void Should_Read_A_Sentence_Opening_With_An_Anaphor_Word_As_About_The_Work_Before_When_The_Article_Has_None(string title)
    {
        Assert.Contains("FooPrompt -EVALUATED_ON-> GSM8K", Edges("FooPrompt是一种提示方法。该方法在GSM8K上表现好。", title));
    }

    [Theory]
    [InlineData("此后Mistral、Qwen等开源模型基本都沿用了RMSNorm。", "Qwen -USES-> RMSNorm")]
    [InlineData("DeepSeekMath-Instruct 7B经过GRPO训练得到DeepSeekMath-RL 7B。", "DeepSeekMath-RL 7B -USES-> GRPO")]
    [InlineData("BetaNet由AlphaNet经过一轮DPO训练得到。", "BetaNet -USES-> DPO")]
    public void Should_Read_What_Several_Works_Keep_Using_And_What_A_Work_Was_Trained_With_To_Come_About(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Read_The_Name_A_Target_That_Cannot_Be_One_Qualifies()
    {
        Assert.Contains("Whisper -USES-> Transformer", Edges("Whisper采用标准的编码器-解码器Transformer架构。"));
    }

    [Fact]
    public void Should_Not_Read_The_Qualified_Name_As_What_A_Work_Builds_On()
    {
        Assert.DoesNotContain(Edges("SafeKitchen是一个基于ALFRED具身智能基准构建的评估框架，关注厨房里的危险。"), e => e.EndsWith("-BUILDS_ON-> 具身智能", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("VoxNet是OpenAI提出的语音识别模型。", "VoxNet -APPLIED_TO-> 语音识别")]
    [InlineData("VoxNet使用一组特殊token把语言识别、语音活动检测和语音翻译等多种任务统一为解码器预测的序列。", "VoxNet -APPLIED_TO-> 语音活动检测")]
    public void Should_Read_The_Task_Of_A_Described_Class_And_Tasks_Unified_By_A_Means_Named_First(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("DualNet是Google提出的图文对比预训练模型。图像端用EfficientNet，文本端用BERT。", "DualNet -USES-> EfficientNet")]
    [InlineData("DualNet是Google提出的图文对比预训练模型。图像端用EfficientNet，文本端用BERT。", "DualNet -USES-> BERT")]
    public void Should_Read_What_A_Retold_Works_Sides_Are_Made_With(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "图文对比预训练笔记"));
    }

    [Theory]
    [InlineData("FooMath在竞赛级的MATH基准上取得了51.7%的准确率。", "FooMath -EVALUATED_ON-> MATH")]
    [InlineData("BLIP-2在零样本VQAv2上比Flamingo高8.7%。", "BLIP-2 -EVALUATED_ON-> VQAv2")]
    [InlineData("FooNet在新提出的BarBench基准上显著优于现有方法。", "FooNet -EVALUATED_ON-> BarBench")]
    public void Should_Read_A_Benchmark_After_A_Short_Description_Or_Its_Shot_Setting(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Read_A_Dataset_Trained_On_After_A_Short_Description_As_Used_Not_Evaluated_On()
    {
        var edges = Edges("本文提出WARG框架，并在合成的LuSNAR数据集上预训练。");

        Assert.Contains("WARG -USES-> LuSNAR", edges);
        Assert.DoesNotContain("WARG -EVALUATED_ON-> LuSNAR", edges);
    }

    [Fact]
    public void Should_Read_The_Name_That_在_Frames_With_中_As_Where_The_Subject_Works()
    {
        var edges = Edges("FooDiff在U-Net中引入了交叉注意力机制。", "方法漫谈");

        Assert.Contains("FooDiff -USES-> 交叉注意力", edges);
        Assert.DoesNotContain("U-Net -USES-> 交叉注意力", edges);
    }

    [Fact]
    public void Should_Still_Read_A_Paper_That_在_Frames_With_中_As_What_Proposes()
    {
        Assert.Contains("Sigmoid Loss for Foo Pre-Training -INTRODUCES-> FooLIP", Edges("Xiaohua Zhai和Lucas Beyer在《Sigmoid Loss for Foo Pre-Training》中提出了FooLIP。", "方法漫谈"));
    }

    [Theory]
    [InlineData("FooDreamer最早由2023年初发布在arXiv上的论文《Mastering Foo Domains》提出。", "Mastering Foo Domains -INTRODUCES-> FooDreamer")]
    [InlineData("FooLab发布视频生成模型FooVid并公开了技术报告《Scaling Foo Video Models》。", "Scaling Foo Video Models -INTRODUCES-> FooVid")]
    public void Should_Read_A_Paper_Described_Before_Its_Title_Or_Released_With_The_Work(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "方法漫谈"));
    }

    [Fact]
    public void Should_Not_Read_The_Lab_That_Releases_A_Work_As_What_Its_Report_Introduces()
    {
        Assert.DoesNotContain("Scaling Foo Video Models -INTRODUCES-> FooLab", Edges("FooLab发布视频生成模型FooVid并公开了技术报告《Scaling Foo Video Models》。", "方法漫谈"));
    }

    [Theory]
    [InlineData("FooLM的训练语料包括过滤后的Common Crawl、WebText2和两个图书语料。", "FooLM -USES-> WebText2")]
    [InlineData("FooRouter的训练数据包括Video-QTR-10K和Video-FLR-200K。", "FooRouter -USES-> Video-FLR-200K")]
    public void Should_Use_The_Corpora_A_Works_Training_Data_Holds(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "方法漫谈"));
    }

    [Theory]
    [InlineData("FooBooth分别在Imagen和Stable Diffusion上实现。", "FooBooth -USES-> Stable Diffusion")]
    [InlineData("FooKV在Llama 2系列模型上验证了有效性。", "FooKV -USES-> Llama 2")]
    [InlineData("FooR1把GRPO用到了极致。", "FooR1 -USES-> GRPO")]
    public void Should_Use_The_Models_A_Work_Is_Run_On_And_What_It_Puts_To_Use(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "方法漫谈"));
    }

    [Theory]
    [InlineData("FooNet在ImageNet上实现了90%的准确率。", "FooNet -USES-> ImageNet")]
    public void Should_Not_Use_A_Benchmark_A_Work_Is_Run_On(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body, "方法漫谈"));
    }

    [Theory]
    [InlineData("在BarQA、BazQA等开放域问答数据集上，FooRetriever明显优于T5。", "FooRetriever -EVALUATED_ON-> 开放域问答")]
    [InlineData("FooLM在ANLI等自然语言推理任务以及WiC上表现接近随机水平。", "FooLM -EVALUATED_ON-> 自然语言推理")]
    [InlineData("FooAlign在Flickr30K和MSCOCO的图文检索任务上刷新了纪录。", "FooAlign -EVALUATED_ON-> 图文检索")]
    [InlineData("在LLaMA系列模型的常识推理任务上，FooRA稳定优于LoRA。", "FooRA -EVALUATED_ON-> 常识推理")]
    public void Should_Evaluate_On_The_Task_A_Settings_Benchmarks_Are_Read_On(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "方法漫谈"));
    }

    [Theory]
    [InlineData("GShard训练了一个6000亿参数的多语言机器翻译模型。", "GShard -APPLIED_TO-> 机器翻译")]
    [InlineData("3DGS已被迅速扩展到动态场景重建、SLAM和文生3D等任务中。", "3DGS -APPLIED_TO-> 动态场景重建")]
    public void Should_Read_The_Task_Of_A_Model_A_Work_Trained_And_The_Tasks_It_Was_Extended_To(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("FooSeg把语义分割从逐像素分类转化为掩码分类。", "FooSeg -APPLIED_TO-> 语义分割")]
    [InlineData("FooDet将目标检测重新表述为集合预测问题。", "FooDet -APPLIED_TO-> 目标检测")]
    [InlineData("Sennrich等人把BPE引入机器翻译，用来解决未登录词问题。", "BPE -APPLIED_TO-> 机器翻译")]
    [InlineData("FooVLA可以把网络规模预训练中获得的语义知识迁移到机器人控制中。", "FooVLA -APPLIED_TO-> 机器人控制")]
    [InlineData("SASRec受到Transformer在机器翻译中成功的启发。", "Transformer -APPLIED_TO-> 机器翻译")]
    [InlineData("FooDecode是目前最受关注的推理加速手段之一。", "FooDecode -APPLIED_TO-> 推理加速")]
    [InlineData("FooCode瞄准的是更难的代码生成。", "FooCode -APPLIED_TO-> 代码生成")]
    public void Should_Read_The_Task_A_Work_Recasts_Carries_Over_Succeeds_In_Or_Aims_At(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("FooVLM是一种视觉语言模型，并同时用三个目标训练:图文对比损失(ITC)、图文匹配损失(ITM)和语言建模损失(LM)。", "FooVLM -USES-> ITM")]
    [InlineData("FooBERT是一种语言模型。它的预训练任务包括MLM和NSP。", "FooBERT -USES-> NSP")]
    [InlineData("FooCLIP的训练目标是InfoNCE。", "FooCLIP -USES-> InfoNCE")]
    public void Should_Read_The_Objectives_A_Work_Is_Trained_With_As_What_It_Uses(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("FooLoRA正是针对这一点对LoRA做了改进。", "FooLoRA -BUILDS_ON-> LoRA")]
    [InlineData("FooNeXt以标准的ResNet为起点，一步步借鉴Swin Transformer的设计。", "FooNeXt -BUILDS_ON-> Swin Transformer")]
    [InlineData("FooNeXt以标准的ResNet为起点，逐步借鉴Swin Transformer的设计。", "FooNeXt -BUILDS_ON-> Swin Transformer")]
    public void Should_Read_An_Improvement_After_Its_Purpose_And_A_Basis_Taken_Step_By_Step(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("FooNet是一种新模型。", "FooNet -IS_A-> 新模型")]
    [InlineData("FooLM超越了GPT-4.1和Qwen3-Max等更大规模模型。", "GPT-4.1 -IS_A-> 规模模型")]
    [InlineData("FooLM超越了GPT-4.1等领先商业模型。", "GPT-4.1 -IS_A-> 商业模型")]
    public void Should_Not_Read_Being_New_Large_Or_Commercial_As_A_Class(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Theory]
    [InlineData("FooChat超过了排行榜上的许多已有模型，包括Claude 2、Gemini Pro和GPT-4 0613。", "FooChat -COMPARED_WITH-> Gemini Pro")]
    [InlineData("FooChat显著优于现有方法，包括商业系统和Qwen-Image-Layered。", "FooChat -COMPARED_WITH-> Qwen-Image-Layered")]
    [InlineData("在人工评估中，FooChat 70B相对ChatGPT的胜率为36%。", "FooChat 70B -COMPARED_WITH-> ChatGPT")]
    [InlineData("推理时没有额外延迟，这一点正是FooRA相对Adapter的最大优势。", "FooRA -COMPARED_WITH-> Adapter")]
    public void Should_Read_What_A_Work_Beats_In_A_List_After_A_Class_And_What_It_Is_Measured_Against(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("FooSeg显著优于现有方法，如在G-Ref验证集上获得2.5%的mIoU提升。", "FooSeg -COMPARED_WITH-> G-Ref")]
    [InlineData("FooDet显著优于基线方法，AP50b和AP50m分别至少提升19.7%和15.8%。", "FooDet -COMPARED_WITH-> AP50m")]
    public void Should_Not_Read_A_Setting_Or_The_Next_Clause_After_A_Beaten_Class_As_Its_List(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Theory]
    [InlineData("SASRec受到Transformer在机器翻译中成功的启发。", "Transformer -EVALUATED_ON-> 机器翻译")]
    [InlineData("FooPrompt使用目标检测器找到显著区域，将其转换为提示。", "FooPrompt -APPLIED_TO-> 目标检测")]
    public void Should_Not_Read_A_Success_As_A_Test_Nor_What_An_Anaphor_Is_Turned_Into_As_A_Task(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Theory]
    [InlineData("DeiT使用RandAugment、Mixup和CutMix等强数据增强。", "CutMix -IS_A-> 数据增强")]
    [InlineData("在EuroSAT数据集上评估SqueezeNet和ShuffleNetV2等多种高效卷积神经网络。", "SqueezeNet -IS_A-> CNN")]
    [InlineData("EPT是一种参数高效微调方法。", "EPT -IS_A-> PEFT")]
    [InlineData("FooCLR是一个面向医学影像的对比学习框架。", "FooCLR -IS_A-> 对比学习")]
    public void Should_Read_A_Work_As_An_Instance_Of_A_Class_Of_Methods(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("DualNet是Google提出的图文对比预训练模型。图像侧是EfficientNet，文本侧是BERT。", "DualNet -USES-> BERT")]
    [InlineData("DualNet是Google提出的图文对比预训练模型。图像编码器可以是ResNet，文本编码器则是一个Transformer。", "DualNet -USES-> Transformer")]
    [InlineData("DualNet是阿里提出的视觉语言模型，DualNet的视觉编码器是一个约675M参数的ViT。", "DualNet -USES-> ViT")]
    public void Should_Read_What_A_Works_Part_Is_As_What_The_Work_Uses(string body, string edge)
    {
        Assert.Contains(edge, Edges(body, "图文对比预训练笔记"));
    }
}
