using Digest.Extractor.Model;
using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Resolution;

public sealed class TypeVotesTests
{
    [Fact]
    public void Should_Pick_The_Type_With_Most_Votes()
    {
        Span<int> votes = stackalloc int[TypeVotes.TypeCount];
        votes[(int)EntityType.Method] = 1;
        votes[(int)EntityType.Dataset] = 2;

        Assert.Equal(EntityType.Dataset, TypeVotes.Winner(votes));
    }

    [Fact]
    public void Should_Pick_The_Type_Declared_First_On_A_Tie()
    {
        Span<int> votes = stackalloc int[TypeVotes.TypeCount];
        votes[(int)EntityType.Task] = 2;
        votes[(int)EntityType.Model] = 2;

        Assert.Equal(EntityType.Model, TypeVotes.Winner(votes));
    }
}
