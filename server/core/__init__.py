"""What every layer may use: settings, API errors, tokens and principals, metrics."""
