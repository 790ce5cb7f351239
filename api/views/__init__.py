"""The content API's endpoints, one module per resource."""
