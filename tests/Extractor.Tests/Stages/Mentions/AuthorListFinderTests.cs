using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class AuthorListFinderTests
{
    private static List<(string Surface, string Finder)> Authors(string body) =>
        PipelineRun.RunUntil<AuthorListFinder>("T", body).Mentions
            .Where(m => m.TypeHint == EntityType.Author)
            .Select(m => (m.Surface, m.Finder))
            .ToList();

    [Fact]
    public void Should_Read_Every_Name_Of_A_Writer_List_From_The_Sample()
    {
        var found = Authors("作者 Siyuan Guo, Aniket Didolkar, Nan Rosemary Ke, Ferenc Huszár 摘要 本文探讨了大语言模型");

        Assert.Equal(["Siyuan Guo", "Aniket Didolkar", "Nan Rosemary Ke", "Ferenc Huszár"], found.Select(f => f.Surface));
    }

    [Theory]
    [InlineData("作者 Pratibha Kumari, yousef Sadegheih, Priyankar Choudhary, Dorit Merhof 摘要 提出了一种方法", "Dorit Merhof")]
    [InlineData("作者 Şebnem Sarıözkan, Hürkan Şahin, Erdal Kayacan 摘要 本文", "Erdal Kayacan")]
    [InlineData("作者 GLM-V Team, :, Wenyi Hong, Jiazheng Xu 摘要 本文", "Jiazheng Xu")]
    public void Should_Read_A_Writer_List_Past_A_Clipped_Or_Unusual_Name_From_Corpus_Openings(string body, string last)
    {
        var found = Authors(body).Select(f => f.Surface).ToList();

        Assert.Equal(last, found[^1]);
        Assert.DoesNotContain(found, f => f.Contains('摘') || f.Contains(':'));
    }

    [Fact]
    public void Should_End_A_Writer_List_Before_A_Question_Of_A_Q_And_A_Post()
    {
        var found = Authors("作者 Luke Zettlemoyer, Nicola Cancedda, Thomas Scialom Q: 这篇论文试图解决什么问题? A: 大型语言模型");

        Assert.Equal("Thomas Scialom", found[^1].Surface);
    }

    [Fact]
    public void Should_Read_A_Coauthored_List_With_Chinese_Separators()
    {
        var found = Authors("本文由 Siyuan Guo、Aniket Didolkar 和 Bernhard Schölkopf 合著,旨在评估大语言模型");

        Assert.Equal(["Siyuan Guo", "Aniket Didolkar", "Bernhard Schölkopf"], found.Select(f => f.Surface));
    }

    [Fact]
    public void Should_Mark_People_Cited_With_Et_Al_Apart_From_The_Writers()
    {
        var found = Authors("本文基于Yuxuan Guo等人的研究工作,详细内容请参考原文链接。");

        Assert.Equal([("Yuxuan Guo", AuthorListFinder.EtAlName)], found);
    }

    [Theory]
    [InlineData("Adam出自论文《Adam: A Method for Stochastic Optimization》,作者是Diederik P. Kingma和Jimmy Ba。", "Diederik P. Kingma|Jimmy Ba")]
    [InlineData("VQ-VAE的作者是Aaron van den Oord、Oriol Vinyals和Koray Kavukcuoglu。", "Aaron van den Oord|Oriol Vinyals|Koray Kavukcuoglu")]
    [InlineData("Mamba是Albert Gu和Tri Dao提出的。", "Albert Gu|Tri Dao")]
    [InlineData("Muon是Keller Jordan在2024年提出的优化器。", "Keller Jordan")]
    [InlineData("MQA最早由Noam Shazeer在《Fast Transformer Decoding: One Write-Head is All You Need》中提出。", "Noam Shazeer")]
    [InlineData("Ilya Loshchilov和Frank Hutter在《Decoupled Weight Decay Regularization》中提出了AdamW。", "Ilya Loshchilov|Frank Hutter")]
    [InlineData("DDPM出自Jonathan Ho、Ajay Jain和Pieter Abbeel的论文《Denoising Diffusion Probabilistic Models》。", "Jonathan Ho|Ajay Jain|Pieter Abbeel")]
    [InlineData("BPE 本来是 Philip Gage 在 1994 年提出的一种数据压缩算法。", "Philip Gage")]
    [InlineData("Xu 等人在《How Powerful are Graph Neural Networks?》中给出了一个漂亮的回答。", "Xu")]
    [InlineData("BEiT 是微软的 Bao 等人受 BERT 启发提出的。", "Bao")]
    [InlineData("Kipf 和 Welling 在《Semi-Supervised Classification with Graph Convolutional Networks》中提出的 GCN 则进一步简化。", "Kipf|Welling")]
    [InlineData("这一算法最早由Rabe和Staats在论文《Self-attention Does Not Need O(n²) Memory》中提出。", "Rabe|Staats")]
    [InlineData("一是Google的Yaniv Leviathan、Matan Kalman和Yossi Matias发表的《Fast Inference from Transformers via Speculative Decoding》。", "Yaniv Leviathan|Matan Kalman|Yossi Matias")]
    [InlineData("Robin Rombach、Andreas Blattmann和Björn Ommer在CVPR 2022的论文《High-Resolution Image Synthesis with Latent Diffusion Models》中给出了答案。", "Robin Rombach|Andreas Blattmann|Björn Ommer")]
    [InlineData("2018 年 David Ha 与 Jürgen Schmidhuber 提出的 World Models 很有名。", "David Ha|Jürgen Schmidhuber")]
    [InlineData("知识蒸馏这一说法来自Geoffrey Hinton、Oriol Vinyals和Jeff Dean在2015年发表的《Distilling the Knowledge in a Neural Network》。", "Geoffrey Hinton|Oriol Vinyals|Jeff Dean")]
    [InlineData("2015年，UC Berkeley的Jonathan Long、Evan Shelhamer和Trevor Darrell在CVPR上发表了《Fully Convolutional Networks for Semantic Segmentation》。", "Jonathan Long|Evan Shelhamer|Trevor Darrell")]
    [InlineData("PPO出自John Schulman等人2017年的论文《Proximal Policy Optimization Algorithms》。", "John Schulman")]
    [InlineData("2019年,Hugging Face的Victor Sanh、Lysandre Debut和Thomas Wolf发布了DistilBERT。", "Victor Sanh|Lysandre Debut|Thomas Wolf")]
    [InlineData("Rico Sennrich、Barry Haddow和Alexandra Birch在论文《Neural Machine Translation of Rare Words with Subword Units》中把BPE引入神经机器翻译(NMT)。", "Rico Sennrich|Barry Haddow|Alexandra Birch")]
    [InlineData("CMU的Hanxiao Liu、Yiming Yang与DeepMind的Karen Simonyan在《DARTS: Differentiable Architecture Search》中干脆抛弃了离散搜索。", "Hanxiao Liu|Yiming Yang|Karen Simonyan")]
    [InlineData("Barret Zoph、Vijay Vasudevan、Jonathon Shlens和Quoc Le随后在《Learning Transferable Architectures for Scalable Image Recognition》中提出NASNet。", "Barret Zoph|Vijay Vasudevan|Jonathon Shlens|Quoc Le")]
    [InlineData("WordPiece最早由Mike Schuster和Kaisuke Nakajima在2012年为日语、韩语语音搜索提出。", "Mike Schuster|Kaisuke Nakajima")]
    [InlineData("DeepMind的AlphaCode(Yujia Li、David Choi、Oriol Vinyals等,发表于Science)瞄准的是更难的竞赛编程。", "Yujia Li|David Choi|Oriol Vinyals")]
    [InlineData("OpenAI在GPT-2论文《Language Models are Unsupervised Multitask Learners》(Alec Radford等)中提出了byte-level BPE。", "Alec Radford")]
    [InlineData("Meta AI的Baptiste Rozière等人基于Llama 2推出了Code Llama。", "Baptiste Rozière")]
    [InlineData("Unigram LM是Taku Kudo在2018年的《Subword Regularization》中提出的。", "Taku Kudo")]
    [InlineData("这个是 Taku Kudo 在 2018 年的《Subword Regularization》里提出的。", "Taku Kudo")]
    [InlineData("Tri Dao随后又发布了FlashAttention-2。", "Tri Dao")]
    [InlineData("Hinton、Vinyals和Dean在2015年提出了知识蒸馏。", "Hinton|Vinyals|Dean")]
    [InlineData("Google的Schuster和Nakajima最早提出了WordPiece。", "Schuster|Nakajima")]
    [InlineData("后来LeCun与Bengio等人又提出了卷积网络的训练方法。", "LeCun|Bengio")]
    public void Should_Mark_People_Prose_Cites_As_Makers_Of_A_Work(string text, string people)
    {
        Assert.Equal(people.Split('|').Select(p => (p, AuthorListFinder.EtAlName)), Authors(text));
    }

    [Theory]
    [InlineData("有意思的是，Alice Zhang和Robert Klein同年证明，带负采样的Skip-gram实际上是在隐式分解一个矩阵。", "Alice Zhang|Robert Klein")]
    [InlineData("NVIDIA的Thomas Weber、Anna Kowalski和Peter Lindqvist则给出了另一种思路。", "Thomas Weber|Anna Kowalski|Peter Lindqvist")]
    [InlineData("Maria Santos与David Chen在2021年发现，预训练数据的重复会显著损害泛化。", "Maria Santos|David Chen")]
    public void Should_Mark_A_List_Of_Names_Said_To_Have_Found_Or_Shown_Something_As_People(string text, string people)
    {
        Assert.Equal(people.Split('|').Select(p => (p, AuthorListFinder.EtAlName)), Authors(text));
    }

    [Theory]
    [InlineData("Vaswani et al.（2017）提出了Transformer。", "Vaswani")]
    [InlineData("Transformer（Ashish Vaswani et al., 2017）彻底改变了NLP。", "Ashish Vaswani")]
    [InlineData("由Google Brain的Quoc Le团队提出的NASNet开创了先河。", "Quoc Le")]
    [InlineData("这项工作来自Sergey Levine的团队。", "Sergey Levine")]
    [InlineData("图灵奖得主Yoshua Bengio也参与了这项工作。", "Yoshua Bengio")]
    [InlineData("斯坦福大学教授Percy Liang发布了HELM。", "Percy Liang")]
    [InlineData("这一思路由Christopher Manning教授提出。", "Christopher Manning")]
    public void Should_Mark_A_Name_As_A_Person_By_A_Citation_A_Team_Or_A_Title_Beside_It(string text, string person)
    {
        Assert.Contains((person, AuthorListFinder.EtAlName), Authors(text));
    }

    [Theory]
    [InlineData("Amazon Science团队发布了Chronos。")]
    [InlineData("Google DeepMind团队发布了Gemini。")]
    [InlineData("Hugging Face团队发布了Zephyr。")]
    [InlineData("Microsoft Research团队提出了新方法。")]
    public void Should_Not_Take_A_Lab_Before_团队_For_A_Person(string text)
    {
        Assert.Empty(Authors(text));
    }

    [Theory]
    [InlineData("Segment Anything表明，提示式分割可以零样本迁移。")]
    [InlineData("实验表明Stable Diffusion和Latent Consistency在FID上相近。")]
    public void Should_Not_Take_One_Work_Or_Works_Compared_Before_A_Finding_For_People(string text)
    {
        Assert.Empty(Authors(text));
    }

    [Theory]
    [InlineData("Tom Brown与Ilya Sutskever等人提出了GanNet。", "Tom Brown|Ilya Sutskever")]
    [InlineData("Ian Goodfellow与Yoshua Bengio等人在《Generative Adversarial Nets》中提出了GanNet。", "Ian Goodfellow|Yoshua Bengio")]
    [InlineData("Ian Goodfellow与Yoshua Bengio等人在NIPS上发表《Generative Adversarial Nets》，首次提出了GanNet框架。", "Ian Goodfellow|Yoshua Bengio")]
    [InlineData("Robert Jacobs、Michael Jordan、Steven Nowlan和Geoffrey Hinton在1991年的《Adaptive Mixtures of Local Experts》中就提出了专家混合。", "Robert Jacobs|Michael Jordan|Steven Nowlan|Geoffrey Hinton")]
    [InlineData("斯坦福大学的Jeffrey Pennington、Richard Socher和Christopher D. Manning在EMNLP 2014上提出了GloVe。", "Jeffrey Pennington|Richard Socher|Christopher D. Manning")]
    [InlineData("NVIDIA的Deqing Sun、Xiaodong Yang、Ming-Yu Liu和Jan Kautz在CVPR 2018提出了PWC-Net。", "Deqing Sun|Xiaodong Yang|Ming-Yu Liu|Jan Kautz")]
    [InlineData("Yann LeCun、Léon Bottou、Yoshua Bengio和Patrick Haffner在1998年的《Gradient-Based Learning Applied to Document Recognition》中系统总结了LeNet-5。", "Yann LeCun|Léon Bottou|Yoshua Bengio|Patrick Haffner")]
    [InlineData("Warren McCulloch和Walter Pitts在1943年的《A Logical Calculus of the Ideas Immanent in Nervous Activity》中提出了人工神经元模型。", "Warren McCulloch|Walter Pitts")]
    public void Should_Mark_Every_Person_Of_A_List_That_等人_A_Year_Or_A_Venue_Closes(string text, string people)
    {
        Assert.Equal(people.Split('|').Order(), Authors(text).Select(a => a.Item1).Order());
    }

    [Theory]
    [InlineData("Head Forcing提出了一种免训练框架。")]
    [InlineData("Skip Tuning于2024年提出。")]
    [InlineData("该模型由Google Research在2023年提出。")]
    [InlineData("该方法是Hugging Face提出的。")]
    [InlineData("Stable Diffusion的论文公开了训练细节。")]
    [InlineData("GPT-4 Vision等人工智能模型表现出色。")]
    [InlineData("Stable Diffusion在论文《High-Resolution Image Synthesis with Latent Diffusion Models》中被称为LDM。")]
    [InlineData("实验比较了多个模型(Code Llama、Stable Diffusion等)。")]
    [InlineData("BERT和GPT在2018年提出了预训练加微调的范式。")]
    [InlineData("Mamba提出了选择性状态空间。")]
    [InlineData("Microsoft Research和Google Brain在2020年提出了新方法。")]
    public void Should_Not_Take_A_Work_Or_A_Lab_Before_提出_For_People(string text)
    {
        Assert.Empty(Authors(text));
    }

    [Theory]
    [InlineData("DDPM由Jonathan Ho等人于2020年提出。", "Jonathan Ho")]
    [InlineData("LoRA由微软的Edward Hu等人在2021年提出。", "Edward Hu")]
    [InlineData("该方法由Ashish Vaswani等人首次提出。", "Ashish Vaswani")]
    [InlineData("直接偏好优化由Rafailov等人提出。", "Rafailov")]
    [InlineData("GShard出自Google的Dmitry Lepikhin等人,论文为《GShard》。", "Dmitry Lepikhin")]
    [InlineData("DoRA来自NVIDIA的Shih-Yang Liu等人，论文是《DoRA》。", "Shih-Yang Liu")]
    [InlineData("DeepMind的Charlie Chen等人也发表了类似的工作。", "Charlie Chen")]
    [InlineData("MemGPT(Packer 等, 2023) 把上下文当作主存。", "Packer")]
    [InlineData("Transformer(Vaswani等人，2017)改变了序列建模。", "Vaswani")]
    public void Should_Mark_People_Cited_With_Et_Al_And_When_Their_Work_Appeared(string text, string person)
    {
        Assert.Equal([(person, AuthorListFinder.EtAlName)], Authors(text));
    }

    [Fact]
    public void Should_End_An_Author_Before_A_Heading_That_Names_A_Technique()
    {
        Assert.Equal([("Xu Tao", AuthorListFinder.Name), ("Yann LeCun", AuthorListFinder.Name)], Authors("作者:Xu Tao, Yann LeCun NeRF 神经辐射场用多层感知机表示场景。"));
    }

    [Fact]
    public void Should_Not_Read_A_Bare_Deng_Before_Zai_As_Citing_People()
    {
        Assert.Empty(Authors("Stable Diffusion等在图像生成上表现出色，Transformer等方法也是。"));
    }

    [Fact]
    public void Should_Not_Read_Authors_From_By_In_A_Title_Or_From_Single_Capitalised_Words()
    {
        Assert.Empty(Authors("我们研究了Learning by Doing的效果,以及Minecraft中的构建任务。"));
    }
}
