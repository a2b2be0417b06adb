# Two expressions side by side in parentheses: 'Perhaps you forgot a comma?' at the first.
point = (3 4)
