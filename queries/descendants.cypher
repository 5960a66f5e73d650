// name: descendants
// description: Methods and models that build on the given one, transitively, nearest first.
// param: name (string) Name or alias of the method or model, e.g. HiPPO
// param: depth (int, default 6) Longest chain to follow
MATCH (m:Entity)
WHERE (m:Method OR m:Model OR m:Concept) AND (m.name = $name OR $name IN m.aliases)
MATCH path = (descendant:Entity)-[:BUILDS_ON*1..10]->(m)
WHERE length(path) <= $depth
RETURN descendant.name AS descendant, labels(descendant)[-1] AS type, length(path) AS depth, path
ORDER BY depth, descendant
