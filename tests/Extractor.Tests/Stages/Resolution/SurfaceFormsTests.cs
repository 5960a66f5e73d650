using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Resolution;

public sealed class SurfaceFormsTests
{
    [Theory]
    [InlineData("LLMs", "LLM")]
    [InlineData("ADEs", "ADE")]
    [InlineData("VLMs", "VLM")]
    [InlineData("Transformers", "Transformers")]
    [InlineData("NTK", "NTK")]
    [InlineData("RoPEs", "RoPEs")]
    public void Should_Singularise_Only_All_Capital_Acronyms(string surface, string expected)
    {
        Assert.Equal(expected, SurfaceForms.Singular(surface));
    }

    [Theory]
    [InlineData("RoPE", true)]
    [InlineData("S4", false)]
    [InlineData("NTK-aware", true)]
    [InlineData("Transformer", false)]
    [InlineData("长度外推", false)]
    public void Should_Recognise_Acronym_Shapes(string name, bool expected)
    {
        Assert.Equal(expected, SurfaceForms.IsAcronym(name));
    }

    [Theory]
    [InlineData("Skip Tuning", true)]
    [InlineData("长度外推", false)]
    [InlineData("LoRA微调", false)]
    [InlineData("2021", false)]
    public void Should_Tell_Latin_Script_Names(string name, bool expected)
    {
        Assert.Equal(expected, SurfaceForms.IsLatin(name));
    }
}
