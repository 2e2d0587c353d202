package cn.huiyin.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.regions.RegionRegistry;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RegionAccessTest {

    final RegionAccess access = new RegionAccess(RegionRegistry.loadDefault());

    static Client clientFor(String... regions) {
        return new Client("county-system", Set.of("cases:read"), List.of(regions));
    }

    @Test
    void aCityCoversItsCountiesAndTheirTownships() {
        assertThat(access.mayActOn(clientFor("5205"), "520526")).isTrue();
        assertThat(access.mayActOn(clientFor("5205"), "520526211")).isTrue();
        assertThat(access.mayActOn(clientFor("5205"), "520102")).isFalse();
    }

    @Test
    void aFunctionalAreaCoversTheTownshipsItAdministers() {
        String jinhaihu = RegionRegistry.loadDefault().countyOf("520502122").code();
        assertThat(access.mayActOn(clientFor(jinhaihu), "520502122")).isTrue();
        assertThat(access.mayActOn(clientFor("520502"), "520502122")).isFalse();
    }

    @Test
    void unknownCodesAreNeverCovered() {
        assertThat(access.mayActOn(clientFor("52"), "529999")).isFalse();
        assertThat(access.mayActOn(clientFor("52"), "not-a-code")).isFalse();
        assertThat(access.mayActOn(clientFor("bogus"), "520526")).isFalse();
    }
}
