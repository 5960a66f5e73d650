// name: models-using
// description: Models that use a mechanism or method (USES, or the mechanism is PART_OF them), directly or through one method in between.
// param: name (string) Name or alias of the mechanism, e.g. MLA
MATCH (x:Entity)
WHERE x.name = $name OR $name IN x.aliases
MATCH path = (model:Model)-[:USES|BUILDS_ON*1..2]->(x)
RETURN DISTINCT model.name AS model, length(path) AS hops, path
UNION
MATCH (x:Entity)
WHERE x.name = $name OR $name IN x.aliases
MATCH path = (x)-[:PART_OF]->(model:Model)
RETURN DISTINCT model.name AS model, length(path) AS hops, path
