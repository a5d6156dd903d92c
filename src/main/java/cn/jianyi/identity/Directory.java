package cn.jianyi.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.NotFoundException;

/** 名录: the handling units and deputies other modules look up. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final HandlingUnitRepository units;
    private final DeputyRepository deputies;

    Directory(HandlingUnitRepository units, DeputyRepository deputies) {
        this.units = units;
        this.deputies = deputies;
    }

    public List<HandlingUnit> units() {
        return units.findAll().stream().sorted(Comparator.comparing(HandlingUnit::id)).toList();
    }

    public HandlingUnit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Optional<HandlingUnit> findUnit(long id) {
        return units.findById(id);
    }

    public List<Deputy> deputies() {
        return deputies.findAll().stream().sorted(Comparator.comparing(Deputy::id)).toList();
    }

    public Deputy deputy(long id) {
        return deputies.findById(id).orElseThrow(() -> new NotFoundException("deputy", id));
    }

    public Optional<Deputy> findDeputy(long id) {
        return deputies.findById(id);
    }
}
