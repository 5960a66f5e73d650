// Checks Cypher statements with Neo4j's own parser (@neo4j-cypher/language-support).
// stdin: JSON array of {"name": "...", "statement": "..."}; stdout: JSON array of
// {"name", "line", "column", "message"} for every syntax error; exit 1 when there is any.
// Parameters are not declared, so "Parameter $x is not defined" errors are filtered out.
const { lintCypherQuery, isNotParamError } = require('@neo4j-cypher/language-support');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const errors = [];
  for (const { name, statement } of JSON.parse(input)) {
    for (const d of lintCypherQuery(statement, {}).diagnostics) {
      if (d.severity === 1 && isNotParamError(d)) {
        errors.push({ name, line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message });
      }
    }
  }
  process.stdout.write(JSON.stringify(errors));
  process.exit(errors.length > 0 ? 1 : 0);
});
