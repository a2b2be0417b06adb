# Decimal format specs follow libmpdec's rules: zero padding is an alignment, so it may
# not follow an explicit one, and a width may not start with a zero.
from decimal import Decimal
for spec in ['>010.2f','<08.2f','*=08.1f','=08.1f','0096','010.2f','00','+010.1f','z010.1f','010,.2f', '>10.2f', '^12', '012', '0', '10']:
    try: print(spec, repr(format(Decimal('12.5'), spec)), repr(format(Decimal('-0.001'), spec)))
    except ValueError as e: print(spec, 'ValueError:', e)
