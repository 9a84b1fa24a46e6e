// title: Officials and the streets they head
// description: Each official who heads a street (街道/镇/乡), with the title the article gives.
// param: street = "" Only this street (name or alias); empty for every street.
MATCH (o:Official)-[h:HEADS]->(s:Street)
WHERE $street = '' OR s.name = $street OR $street IN s.aliases
RETURN o.name AS official, coalesce(h.title, o.title) AS title, s.name AS street, size(h.sources) AS documents
ORDER BY street, official
