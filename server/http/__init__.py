"""REST (SPEC §4): one module per resource, each with its routes and their OpenAPI entries;
`common` holds request parsing and access checks, `errors` the middleware that turns errors
into JSON, `ratelimit` the per-user limits, `openapi` the document built from the entries."""
