// name: evaluated-on
// description: Methods and models evaluated on a dataset or task, most supported first.
// param: name (string) Name or alias of the dataset or task, e.g. MMADE
MATCH (d:Entity)
WHERE (d:Dataset OR d:Task) AND (d.name = $name OR $name IN d.aliases)
MATCH (m:Entity)-[r:EVALUATED_ON]->(d)
RETURN m.name AS evaluated, labels(m)[-1] AS type, r.confidence AS confidence, size(r.evidence) AS sentences
ORDER BY sentences DESC, evaluated
