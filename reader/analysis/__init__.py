"""Analysis: what one article says (quotes, speakers, entities, figures, dates), then story steps across articles."""
