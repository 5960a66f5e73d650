// name: co-mentioned
// description: Entities mentioned in the same articles as the given one, by how many articles they share.
// param: name (string) Name or alias, e.g. RoPE
// param: limit (int, default 20) Rows to return
MATCH (x:Entity)
WHERE x.name = $name OR $name IN x.aliases
MATCH (x)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Entity)
WHERE y <> x
RETURN y.name AS entity, labels(y)[-1] AS type, count(DISTINCT a) AS articles
ORDER BY articles DESC, entity
LIMIT $limit
