-- Biểu 06 cells may carry a qualifier as communes write them ("gần 2.840", issue 13): stored per row as
-- "<column number>:<qualifier>" pairs, e.g. "7:APPROX,3:OVER"; null when every figure is exact.
alter table dossier_row add column qualifiers varchar(200)
    check (qualifiers ~ '^(3|4|5|6|7|8|9|10|11|12|13):(APPROX|ABOUT|OVER|UNDER|AT_LEAST)(,(3|4|5|6|7|8|9|10|11|12|13):(APPROX|ABOUT|OVER|UNDER|AT_LEAST))*$');
