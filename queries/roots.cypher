// name: roots
// description: Roots of lineages: methods and models others build on that build on nothing themselves, by how many descend from them.
// param: limit (int, default 25) Rows to return
MATCH (root:Entity)
WHERE (root:Method OR root:Model OR root:Concept)
  AND NOT (root)-[:BUILDS_ON]->()
  AND ()-[:BUILDS_ON]->(root)
MATCH (descendant:Entity)-[:BUILDS_ON*1..10]->(root)
RETURN root.name AS root, labels(root)[-1] AS type, count(DISTINCT descendant) AS descendants
ORDER BY descendants DESC, root
LIMIT $limit
