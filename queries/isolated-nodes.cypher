// name: isolated-nodes
// description: Quality check: entities with no typed relationship (only MENTIONS, or nothing at all), most mentioned first.
// param: limit (int, default 50) Rows to return
MATCH (e:Entity)
WHERE NOT EXISTS { (e)-[r]-() WHERE type(r) <> 'MENTIONS' }
RETURN e.name AS entity, labels(e)[-1] AS type, e.mentions AS mentions, COUNT { (e)<-[:MENTIONS]-() } AS articles
ORDER BY mentions DESC, entity
LIMIT $limit
