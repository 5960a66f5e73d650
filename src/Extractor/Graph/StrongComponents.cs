namespace Digest.Extractor.Graph;

/// <summary>Tarjan's strongly connected components without recursion, so long chains cannot overflow the stack.</summary>
internal static class StrongComponents
{
    /// <summary>The component of every vertex; components are numbered in the order Tarjan closes them (sinks of the condensation first).</summary>
    /// <param name="count">The number of vertices.</param>
    /// <param name="successors">The successors of a vertex.</param>
    /// <returns>The component per vertex and the number of components.</returns>
    public static (int[] Component, int Count) Find(int count, Func<int, IReadOnlyList<int>> successors)
    {
        var index = new int[count];
        var low = new int[count];
        var component = new int[count];
        var onStack = new bool[count];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var work = new Stack<(int Vertex, int Next)>();
        var nextIndex = 0;
        var components = 0;
        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (v, next) = work.Pop();
                if (next == 0)
                {
                    index[v] = low[v] = nextIndex++;
                    stack.Push(v);
                    onStack[v] = true;
                }

                var children = successors(v);
                if (next > 0)
                {
                    low[v] = Math.Min(low[v], low[children[next - 1]]);
                }

                var descended = false;
                for (var k = next; k < children.Count; k++)
                {
                    var w = children[k];
                    if (index[w] < 0)
                    {
                        work.Push((v, k + 1));
                        work.Push((w, 0));
                        descended = true;
                        break;
                    }

                    if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }
                }

                if (descended || low[v] != index[v])
                {
                    continue;
                }

                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component[member] = components;
                }
                while (member != v);
                components++;
            }
        }

        return (component, components);
    }
}
