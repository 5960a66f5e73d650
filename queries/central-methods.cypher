// name: central-methods
// description: The most central methods by the PageRank stored on each entity by the analysis (property pagerank), with their mention counts.
// param: limit (int, default 20) Rows to return
MATCH (m:Method)
WHERE m.pagerank IS NOT NULL
RETURN m.name AS method, m.pagerank AS pagerank, m.mentions AS mentions
ORDER BY pagerank DESC, method
LIMIT $limit
