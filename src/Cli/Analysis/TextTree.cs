namespace Digest.Cli.Analysis;

/// <summary>
/// A tree printed as plain lines with the guides of Spectre's <c>Tree</c> (<c>├── </c>,
/// <c>│   </c>, <c>└── </c>): one line per node however long, so a card with hundreds of evidence
/// sentences prints at once (Spectre measures and wraps every node, about half a millisecond
/// each) and each sentence stays on one line for grep; a terminal wraps what does not fit.
/// </summary>
/// <param name="text">The root's text.</param>
public sealed class TextTree(string text)
{
    private readonly List<TextTree> _children = [];

    /// <summary>Adds a child.</summary>
    /// <param name="child">The child's text.</param>
    /// <returns>The child, to add to.</returns>
    public TextTree Add(string child)
    {
        var node = new TextTree(child);
        _children.Add(node);
        return node;
    }

    /// <summary>Writes the tree, root first.</summary>
    /// <param name="writer">Where it goes.</param>
    public void Write(TextWriter writer)
    {
        writer.WriteLine(text);
        WriteChildren(writer, string.Empty);
    }

    private void WriteChildren(TextWriter writer, string indent)
    {
        for (var i = 0; i < _children.Count; i++)
        {
            var last = i == _children.Count - 1;
            writer.Write(indent);
            writer.Write(last ? "└── " : "├── ");
            writer.WriteLine(_children[i].Text);
            _children[i].WriteChildren(writer, indent + (last ? "    " : "│   "));
        }
    }

    private string Text => text;
}
