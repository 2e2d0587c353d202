package cn.huiyin.regions;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only registry of Chinese administrative divisions (NBS 2023 statistical codes, province to
 * township) plus locally configured functional areas (功能区), which act as county-level units and
 * take over some townships from their official counties.
 *
 * <p>Immutable and thread-safe; lookups by code are hash lookups. Methods taking a code accept
 * canonical and zero-padded spellings ({@link RegionCode}) and throw {@link UnknownRegionException}
 * for codes that are malformed or unknown.
 */
public final class RegionRegistry {

    private final Map<String, Region> regions;
    private final Map<String, List<Region>> children;
    private final List<Region> all;

    private RegionRegistry(RegionIndex.Tables tables) {
        this.regions = tables.regions();
        this.children = tables.children();
        this.all = tables.all();
    }

    /** The bundled divisions and functional areas; loaded once, on first use, and shared. */
    public static RegionRegistry loadDefault() {
        return BundledRegions.standard();
    }

    /**
     * Builds a registry from a divisions file ({@code code<TAB>name} lines) and a functional-areas
     * file, which replaces the bundled one (pass {@link InputStream#nullInputStream()} for none).
     * The streams are read fully but not closed.
     *
     * @throws IllegalArgumentException if either file is invalid, naming the file and line
     */
    public static RegionRegistry load(InputStream divisions, InputStream functionalAreas) {
        return new RegionRegistry(RegionIndex.build(
                DivisionsReader.read(divisions), FunctionalAreasReader.read(functionalAreas)));
    }

    /** The bundled divisions with the functional areas of {@code functionalAreasFile} instead of the bundled ones. */
    public static RegionRegistry loadWithFunctionalAreas(Path functionalAreasFile) {
        return BundledRegions.withFunctionalAreas(functionalAreasFile);
    }

    /** The region with this code, or throws {@link UnknownRegionException} saying why not. */
    public Region resolve(String code) {
        String wellFormed = RegionCode.requireWellFormed(code);
        Region region = lookup(wellFormed);
        if (region != null) {
            return region;
        }
        if (RegionCode.levelOf(wellFormed) == RegionLevel.VILLAGE && !RegionCode.isPadded(wellFormed)) {
            throw new UnknownRegionException(UnknownRegionException.Reason.UNKNOWN_TOWNSHIP, code,
                    "village code " + wellFormed + " is under township " + wellFormed.substring(0, 9)
                            + ", which does not exist");
        }
        throw new UnknownRegionException(UnknownRegionException.Reason.UNKNOWN, code,
                "region code " + wellFormed + " is well-formed but no such division or functional area exists");
    }

    /** Like {@link #resolve} but empty instead of throwing. */
    public Optional<Region> find(String code) {
        return RegionCode.isWellFormed(code) ? Optional.ofNullable(lookup(code.strip())) : Optional.empty();
    }

    /** The region itself, then its parent, up to and including its province. */
    public List<Region> parentChain(String code) {
        List<Region> chain = new ArrayList<>();
        for (Region region = resolve(code); region != null; region = parentOf(region)) {
            chain.add(region);
        }
        return List.copyOf(chain);
    }

    /**
     * Direct children sorted by code. A city's children include its functional areas; a county's
     * exclude the townships a functional area took over; villages are not listed (empty).
     */
    public List<Region> children(String code) {
        return children.getOrDefault(resolve(code).code(), List.of());
    }

    /**
     * The county-level unit responsible for a county, township or village code: the functional
     * area when one administers the township, else the official county.
     *
     * @throws IllegalArgumentException for province and city codes
     */
    public Region countyOf(String code) {
        return ancestorAt(resolve(code), RegionLevel.COUNTY);
    }

    /** Code of the city-level unit of any code below province level. */
    public String cityOf(String code) {
        return ancestorAt(resolve(code), RegionLevel.CITY).code();
    }

    /** Code of the province of any code. */
    public String provinceOf(String code) {
        return ancestorAt(resolve(code), RegionLevel.PROVINCE).code();
    }

    /**
     * True when {@code ancestorCode} is {@code code} itself or one of its ancestors, following
     * functional areas: 七星关区 does not cover 小坝镇 once 金海湖新区 administers it.
     */
    public boolean covers(String ancestorCode, String code) {
        String ancestor = resolve(ancestorCode).code();
        for (Region region = resolve(code); region != null; region = parentOf(region)) {
            if (region.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Every province, city, county, functional area and township, sorted by code. */
    public List<Region> all() {
        return all;
    }

    private Region lookup(String wellFormed) {
        for (String form : RegionCode.lookupForms(wellFormed)) {
            Region region = regions.get(form);
            if (region != null) {
                return region;
            }
        }
        // Villages are not stored: any non-padded 12-digit code under a known township is accepted.
        if (wellFormed.length() == RegionLevel.VILLAGE.digits() && !RegionCode.isPadded(wellFormed)) {
            Region township = regions.get(wellFormed.substring(0, RegionLevel.TOWNSHIP.digits()));
            if (township != null) {
                return new Region(wellFormed, null, RegionLevel.VILLAGE, township.code(), false);
            }
        }
        return null;
    }

    private Region parentOf(Region region) {
        return region.parentCode() == null ? null : regions.get(region.parentCode());
    }

    private Region ancestorAt(Region region, RegionLevel level) {
        if (level.isAbove(region.level()) || level == region.level()) {
            Region current = region;
            while (current.level() != level) {
                current = parentOf(current);
            }
            return current;
        }
        throw new IllegalArgumentException(region.label() + " is above " + level.name().toLowerCase(Locale.ROOT)
                + " level (it is a " + region.level().name().toLowerCase(Locale.ROOT) + ")");
    }
}
