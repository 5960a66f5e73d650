using Digest.GraphLoader.Neo4j;

namespace Digest.GraphLoader.Tests.Neo4j;

public sealed class Neo4jEndpointTests
{
    [Theory]
    [InlineData("http://localhost:7474", "http://localhost:7474/", null)]
    [InlineData("https://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/", null)]
    [InlineData("neo4j://localhost:7687", "http://localhost:7474/", "neo4j://localhost:7687 is a Bolt driver address")]
    [InlineData("bolt://db.example.org", "http://db.example.org:7474/", "Bolt")]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/", "https://abcd1234.databases.neo4j.io")]
    public void Should_Map_Addresses_To_The_Query_Api_Root(string text, string expected, string? note)
    {
        var uri = Neo4jEndpoint.Parse(text, out var mapped);

        Assert.Equal(expected, uri.ToString());
        if (note is null)
        {
            Assert.Null(mapped);
        }
        else
        {
            Assert.Contains(note, mapped);
        }
    }

    [Theory]
    [InlineData("neo4j+ssc://localhost", "neo4j+ssc is not supported")]
    [InlineData("ftp://localhost", "ftp is not supported")]
    [InlineData("localhost:7474", "is not a Neo4j address")]
    [InlineData("not a uri", "is not a Neo4j address")]
    [InlineData("http://neo4j:secret@localhost:7474", "put no credentials")]
    public void Should_Reject_Addresses_It_Cannot_Use(string text, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jEndpoint.Parse(text, out _));

        Assert.Contains(message, error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void Should_Not_Show_The_Password_In_Settings_Text()
    {
        var settings = new Neo4jSettings(new Uri("http://localhost:7474"), "neo4j", "neo4j", "hunter2!", TimeSpan.FromSeconds(1), 1, TimeSpan.Zero);

        Assert.DoesNotContain("hunter2", settings.ToString());
        Assert.Equal("http://localhost:7474/db/neo4j", settings.Target);
    }
}
