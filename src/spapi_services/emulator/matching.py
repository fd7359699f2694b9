"""How many more appointments fit in a slot when booked ones still wait for a technician.

Booked appointments with no technician assigned yet hold capacity only among the technicians
who could serve them (those with the skills they need). The answer is an assignment problem:
the waiting appointments are placed first, then as many new ones as possible, every
appointment on one technician of its pool and every technician within its free units. Placing
a new one may move a waiting one to another technician of its pool (augmenting paths), so
the count is exact, not a greedy estimate.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

__all__ = ["spare"]


def spare(
    units: Mapping[str, int], waiting: Sequence[Collection[str]], eligible: Collection[str]
) -> int:
    """How many more appointments that the ``eligible`` technicians can serve fit.

    ``units`` is each technician's free capacity over the slot, ``waiting`` the pools of the
    booked appointments without a technician. A waiting appointment nobody can take (an
    overbooked slot) holds nothing.
    """
    if not waiting:
        return sum(units.get(tech, 0) for tech in eligible)
    pools: list[Sequence[str]] = []
    held: dict[str, list[int]] = {tech: [] for tech in units}

    def place(index: int, seen: set[str]) -> bool:
        for tech in pools[index]:
            if tech in seen or units.get(tech, 0) <= 0:
                continue
            seen.add(tech)
            holding = held[tech]
            if len(holding) < units[tech]:
                holding.append(index)
                return True
            for k, other in enumerate(holding):
                if place(other, seen):
                    holding[k] = index
                    return True
        return False

    for pool in waiting:
        pools.append(sorted(pool))
        place(len(pools) - 1, set())
    wanted, count = sorted(eligible), 0
    for _ in range(sum(max(0, units.get(tech, 0)) for tech in wanted)):
        pools.append(wanted)
        if not place(len(pools) - 1, set()):
            break
        count += 1
    return count
