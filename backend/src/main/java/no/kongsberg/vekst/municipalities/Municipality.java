package no.kongsberg.vekst.municipalities;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A place, with its current code and every code it has had. */
@Entity
@Table(name = "municipality")
public class Municipality extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The current four-digit kommunenummer. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "county_code", nullable = false)
    public String countyCode;

    @Column(nullable = false)
    public String county;

    /** False when an import created it from a file's label; an admin should check it. */
    @Column(nullable = false)
    public boolean verified = true;

    @OneToMany(mappedBy = "municipality", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom ASC NULLS FIRST, code ASC")
    public List<MunicipalityCodePeriod> codes = new ArrayList<>();
}
