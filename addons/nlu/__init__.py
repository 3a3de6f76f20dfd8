"""NLU components of the assistant (config.yml): dense features, language, FAQ selection, red flags."""
