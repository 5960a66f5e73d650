// name: shared-aliases
// description: Quality check: names or aliases (case-insensitive) that more than one entity carries; candidates for merging.
// param: limit (int, default 50) Rows to return
MATCH (e:Entity)
UNWIND [e.name] + coalesce(e.aliases, []) AS alias
WITH toLower(alias) AS key, collect(DISTINCT e) AS entities
WHERE size(entities) > 1
RETURN key AS alias, [x IN entities | x.id] AS ids, size(entities) AS count
ORDER BY count DESC, alias
LIMIT $limit
