"""Studio routes, one module per area; each attaches its views to quiz.studio.bp."""
