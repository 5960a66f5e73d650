// name: author-works
// description: The papers, methods and models an author wrote, and what those papers introduced.
// param: name (string) The author's name, e.g. Siyuan Guo
MATCH (author:Author)
WHERE author.name = $name OR $name IN author.aliases
MATCH (author)-[:AUTHORED]->(work:Entity)
OPTIONAL MATCH (work)-[:INTRODUCES]->(introduced:Entity)
RETURN labels(work)[-1] AS type, work.name AS work, collect(DISTINCT introduced.name) AS introduces
ORDER BY type, work
