// title: Search by name or alias
// description: Full-text search (CJK bigrams) over names, aliases and full names of every entity; Lucene syntax, so "一网统管" in quotes is a phrase.
// param: q = "一网" What to look for.
// param: limit = 20 At most this many entities.
CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $limit}) YIELD node, score
RETURN node.name AS name, node.type AS type, node.aliases AS aliases, round(score, 3) AS score, node.id AS id
ORDER BY score DESC, name
