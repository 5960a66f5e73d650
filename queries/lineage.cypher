// name: lineage
// description: Ancestors of a method or model along BUILDS_ON (what it builds on, transitively), nearest first.
// param: name (string) Name or alias of the method or model, e.g. S4
// param: depth (int, default 6) Longest chain to follow
MATCH (m:Entity)
WHERE (m:Method OR m:Model) AND (m.name = $name OR $name IN m.aliases)
MATCH path = (m)-[:BUILDS_ON*1..10]->(ancestor:Entity)
WHERE length(path) <= $depth
RETURN ancestor.name AS ancestor, labels(ancestor)[-1] AS type, length(path) AS depth, path
ORDER BY depth, ancestor
