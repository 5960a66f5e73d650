// name: who-introduced
// description: The papers that introduced a method, model or dataset, with their authors.
// param: name (string) Name or alias, e.g. ReRoPE
MATCH (x:Entity)
WHERE x.name = $name OR $name IN x.aliases
MATCH (paper:Paper)-[:INTRODUCES]->(x)
OPTIONAL MATCH (author:Author)-[:AUTHORED]->(paper)
RETURN x.name AS introduced, paper.name AS paper, collect(DISTINCT author.name) AS authors
ORDER BY paper
