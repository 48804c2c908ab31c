SELECT key, label_vi, short_label_vi, label_en, unit, unit_vi, higher_is_better, appendix, block FROM metric ORDER BY appendix, block
