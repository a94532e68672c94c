"""Reading and writing files: content from data/, the person's plan. No Qt."""
