"""Small pieces every window uses: amounts as text, a busy bar, questions, errors, a field with its sentence."""
