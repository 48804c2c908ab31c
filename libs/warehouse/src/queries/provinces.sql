SELECT code, name_vi, name_en, type, region_vi, region_en FROM province WHERE unit_set = $unitSet ORDER BY code
