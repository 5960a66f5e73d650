// name: article-entities
// description: The entities an article mentions, most mentioned first.
// param: title (string) The article's title or id, e.g. article:...
MATCH (a:Article)
WHERE a.title = $title OR a.id = $title
MATCH (a)-[m:MENTIONS]->(e:Entity)
RETURN e.name AS entity, labels(e)[-1] AS type, m.count AS mentions
ORDER BY mentions DESC, entity
