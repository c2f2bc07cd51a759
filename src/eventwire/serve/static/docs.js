// Starts Swagger UI (served from the installed swagger-ui-bundle package) on this server's OpenAPI schema.
"use strict";
window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
});
