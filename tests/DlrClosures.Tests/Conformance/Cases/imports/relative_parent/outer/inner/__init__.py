MID = "mid"
