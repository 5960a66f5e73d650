// name: shortest-path
// description: The shortest chain of typed relationships (MENTIONS excluded) between two entities, in either direction.
// param: from (string) Name or alias of the first entity, e.g. S4
// param: to (string) Name or alias of the second entity, e.g. HiPPO
MATCH (a:Entity)
WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity)
WHERE b.name = $to OR $to IN b.aliases
MATCH path = shortestPath((a)-[:AUTHORED|INTRODUCES|BUILDS_ON|USES|PART_OF|IS_A|EVALUATED_ON|APPLIED_TO|COMPARED_WITH*..8]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | n.name] AS chain, path
