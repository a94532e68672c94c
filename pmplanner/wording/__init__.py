"""What the person reads: labels, sentences, dates and numbers, for screen and print."""
